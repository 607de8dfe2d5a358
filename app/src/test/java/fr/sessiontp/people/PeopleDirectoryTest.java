package fr.sessiontp.people;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.security.UserAccounts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@AutoConfigureMockMvc
class PeopleDirectoryTest {

    @Autowired
    PeopleDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;

    PeopleFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PeopleFixtures(jdbc, accounts);
    }

    @Test
    void readsTheCandidatesOfACentreOnly() {
        long centre = fixtures.centre();
        long other = fixtures.centre();
        long trainer = fixtures.trainer(centre, "MARTIN", "Paul");
        long a = fixtures.candidate(centre, "A-1");
        long b = fixtures.candidate(centre, "A-2");
        long elsewhere = fixtures.candidate(other, "A-1");
        jdbc.sql("update candidate set usage_name = 'BLANC', extra_time_percent = 33, adjustment_note = 'DDETS', trainer_id = :t where id = :id")
                .param("t", trainer).param("id", a).update();

        assertThat(directory.candidatesOfCentre(centre)).extracting(CandidateSummary::id).containsExactlyInAnyOrder(a, b);
        CandidateSummary summary = directory.candidate(a).orElseThrow();
        assertThat(summary.centreId()).isEqualTo(centre);
        assertThat(summary.extraTimePercent()).isEqualTo(33);
        assertThat(summary.trainerId()).isEqualTo(trainer);
        assertThat(summary.accessRoute()).isEqualTo(AccessRoute.TRAINING);
        assertThat(summary.displayName()).isEqualTo("BLANC (TESTEUR) Sam");
        assertThat(directory.candidates(List.of(b, elsewhere))).extracting(CandidateSummary::id).containsExactly(b, elsewhere);
        assertThat(directory.candidates(List.of())).isEmpty();
        assertThat(directory.candidate(-1)).isEmpty();
    }

    @Test
    void readsJuryMembersWithTheirHabilitationsAndDeclaredLinks() {
        long title = fixtures.title(fixtures.titleCode());
        long member = fixtures.juryMember(PeopleFixtures.unique("jure") + "@exemple.fr");
        long other = fixtures.juryMember(PeopleFixtures.unique("jure") + "@exemple.fr");
        fixtures.habilitation(member, title, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));
        long centre = fixtures.centre();
        long candidate = fixtures.candidate(centre, "L-1");
        long unlinked = fixtures.candidate(centre, "L-2");
        jdbc.sql("insert into jury_link (jury_member_id, candidate_id, nature) values (:m, :c, 'Ancien collègue')")
                .param("m", member).param("c", candidate).update();

        JuryMemberSummary summary = directory.juryMember(member).orElseThrow();
        assertThat(summary.profession()).isEqualTo("Cuisinier");
        assertThat(summary.habilitations()).singleElement().satisfies(h -> {
            assertThat(h.titleId()).isEqualTo(title);
            assertThat(h.covers(title, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5))).isTrue();
        });
        assertThat(directory.juryMembers(List.of(member, other))).hasSize(2);
        assertThat(directory.allJuryMembers()).extracting(JuryMemberSummary::id).contains(member, other);
        assertThat(directory.linksBetween(List.of(member, other), List.of(candidate, unlinked)))
                .containsExactly(new JuryLink(member, candidate, "Ancien collègue"));
        assertThat(directory.linksBetween(List.of(other), List.of(candidate))).isEmpty();
        assertThat(directory.juryMember(-5)).isEmpty();
    }

    @Test
    void readsTheStaffOfACentre() {
        long centre = fixtures.centre();
        long trainer = fixtures.trainer(centre, "MARTIN", "Paul");
        long manager = fixtures.manager(centre, "BERNARD", "Lou");
        long person = jdbc.sql("select person_id from trainer where id = :t").param("t", trainer).query(Long.class).single();
        long proctor = jdbc.sql("insert into proctor (centre_id, person_id) values (:c, :p) returning id")
                .param("c", centre).param("p", person).query(Long.class).single();
        long otherCentre = fixtures.centre();
        fixtures.trainer(otherCentre, "AUTRE", "Centre");

        assertThat(directory.trainersOfCentre(centre)).containsExactly(new TrainerSummary(trainer, centre, person, "MARTIN", "Paul"));
        assertThat(directory.trainer(trainer)).isPresent();
        assertThat(directory.sessionManagersOfCentre(centre)).extracting(SessionManagerSummary::id).containsExactly(manager);
        assertThat(directory.sessionManager(manager).orElseThrow().displayName()).isEqualTo("BERNARD Lou");
        assertThat(directory.proctorsOfCentre(centre)).containsExactly(new ProctorSummary(proctor, centre, person, "MARTIN", "Paul"));
        assertThat(directory.proctor(proctor).orElseThrow().personId()).isEqualTo(directory.trainer(trainer).orElseThrow().personId());
        assertThat(directory.proctor(-1)).isEmpty();
    }
}

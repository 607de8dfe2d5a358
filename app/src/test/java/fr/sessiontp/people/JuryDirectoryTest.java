package fr.sessiontp.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sessiontp.common.RuleId;
import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.people.application.AddHabilitation;
import fr.sessiontp.people.application.ChangeHabilitation;
import fr.sessiontp.people.application.DecideJuryProposal;
import fr.sessiontp.people.application.EditJuryMember;
import fr.sessiontp.people.application.ProposeJuryMember;
import fr.sessiontp.people.application.RecordUnavailability;
import fr.sessiontp.people.application.RemoveHabilitation;
import fr.sessiontp.people.application.SaveStaffMember;
import fr.sessiontp.people.domain.FieldViolation;
import fr.sessiontp.people.domain.HabilitationInput;
import fr.sessiontp.people.domain.InvalidInputException;
import fr.sessiontp.people.domain.JuryMemberInput;
import fr.sessiontp.people.domain.PersonInput;
import fr.sessiontp.people.domain.StaffKind;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The regional jury directory (X2): centres propose, the authority of the member's region decides. */
@SpringBootTest
@AutoConfigureMockMvc
class JuryDirectoryTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    ProposeJuryMember propose;
    @Autowired
    DecideJuryProposal decide;
    @Autowired
    AddHabilitation addHabilitation;
    @Autowired
    ChangeHabilitation changeHabilitation;
    @Autowired
    RemoveHabilitation removeHabilitation;
    @Autowired
    EditJuryMember editJuryMember;
    @Autowired
    RecordUnavailability unavailability;
    @Autowired
    SaveStaffMember staff;

    PeopleFixtures fixtures;
    long centre;
    long otherCentre;
    long title;

    static final CurrentUser BRETAGNE = PeopleImportTest.BRETAGNE;
    static final CurrentUser OCCITANIE = new CurrentUser(0, "dreets-occitanie", "DREETS Occitanie", Role.AUTHORITY,
            null, null, "Occitanie");

    @BeforeEach
    void setUp() {
        fixtures = new PeopleFixtures(jdbc, accounts);
        centre = fixtures.centre();
        otherCentre = fixtures.centre();
        title = fixtures.title(fixtures.titleCode());
    }

    CurrentUser user(Role role, Long centreId, Long personId) {
        return new CurrentUser(0, role.name().toLowerCase() + "-" + centreId, "Utilisateur", role, centreId, personId, null);
    }

    static RuleId ruleOf(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(RuleViolationException.class);
        return ((RuleViolationException) thrown).refusals().get(0).rule();
    }

    long proposeNewMember(long proposingCentre, String region) {
        return propose.propose(user(Role.ADMIN, proposingCentre, null), new ProposeJuryMember.ProposalInput("",
                new JuryMemberInput("DURAND", "Alex", PeopleFixtures.unique("alex") + "@exemple.fr", "Cuisinier", region),
                String.valueOf(title), "Chef de cuisine depuis quinze ans"));
    }

    long pendingProposalOf(long member) {
        return jdbc.sql("select id from jury_proposal where jury_member_id = :m and decision is null")
                .param("m", member).query(Long.class).single();
    }

    @Test
    void X2_onlyTheAuthorityOfTheRegionGrantsAHabilitation() {
        long member = fixtures.juryMember(PeopleFixtures.unique("x2") + "@exemple.fr"); // a member of Bretagne
        HabilitationInput input = new HabilitationInput(String.valueOf(title), "01/01/2027", "31/12/2029");
        assertThat(ruleOf(() -> addHabilitation.add(user(Role.ADMIN, centre, null), member, input))).isEqualTo(RuleId.X2);
        assertThat(ruleOf(() -> addHabilitation.add(user(Role.SESSION_MANAGER, centre, null), member, input))).isEqualTo(RuleId.X2);
        assertThat(ruleOf(() -> addHabilitation.add(OCCITANIE, member, input))).isEqualTo(RuleId.X2);
        assertThat(directory.juryMember(member).orElseThrow().habilitations()).isEmpty();

        long habilitation = addHabilitation.add(BRETAGNE, member, input);
        assertThat(directory.juryMember(member).orElseThrow().habilitations()).singleElement()
                .satisfies(h -> assertThat(h.validUntil()).isEqualTo(LocalDate.of(2029, 12, 31)));
        assertThat(jdbc.sql("select granted_by from habilitation where id = :h").param("h", habilitation)
                .query(String.class).single()).isEqualTo("dreets-bretagne");
    }

    @Test
    void X2_onlyTheAuthorityOfTheRegionChangesOrWithdrawsAHabilitation() {
        long member = fixtures.juryMember(PeopleFixtures.unique("x2c") + "@exemple.fr");
        long habilitation = addHabilitation.add(BRETAGNE, member,
                new HabilitationInput(String.valueOf(title), "01/01/2027", "31/12/2029"));
        assertThat(ruleOf(() -> changeHabilitation.change(user(Role.ADMIN, centre, null), member, habilitation,
                "01/01/2027", "31/12/2035"))).isEqualTo(RuleId.X2);
        assertThat(ruleOf(() -> removeHabilitation.remove(user(Role.ADMIN, centre, null), member, habilitation)))
                .isEqualTo(RuleId.X2);
        assertThat(ruleOf(() -> removeHabilitation.remove(OCCITANIE, member, habilitation))).isEqualTo(RuleId.X2);

        changeHabilitation.change(BRETAGNE, member, habilitation, "01/01/2027", "30/06/2028");
        assertThat(directory.juryMember(member).orElseThrow().habilitations()).singleElement()
                .satisfies(h -> assertThat(h.validUntil()).isEqualTo(LocalDate.of(2028, 6, 30)));
        assertThatThrownBy(() -> changeHabilitation.change(BRETAGNE, member, habilitation, "01/01/2029", "01/01/2028"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::rule).contains(RuleId.X2));
        removeHabilitation.remove(BRETAGNE, member, habilitation);
        assertThat(directory.juryMember(member).orElseThrow().habilitations()).isEmpty();
        assertThat(fixtures.auditActions("jury_member", String.valueOf(member))).containsExactly(
                "jury.habilitation.added:X2", "jury.habilitation.changed:X2", "jury.habilitation.removed:X2");
    }

    @Test
    void X2_aCentreAdminCannotEditAJuryMemberThatOtherCentresUse() {
        long member = fixtures.juryMember(PeopleFixtures.unique("x2e") + "@exemple.fr");
        JuryMemberInput changed = new JuryMemberInput("JURE", "Dominique", PeopleFixtures.unique("x2e") + "@exemple.fr",
                "Pâtissier", "Bretagne");
        assertThat(ruleOf(() -> editJuryMember.edit(user(Role.ADMIN, centre, null), member, changed))).isEqualTo(RuleId.X2);
        assertThat(directory.juryMember(member).orElseThrow().profession()).isEqualTo("Cuisinier");
        // the authority corrects its own members, and keeps them in its region
        assertThat(ruleOf(() -> editJuryMember.edit(BRETAGNE, member, new JuryMemberInput("JURE", "Dominique",
                changed.email(), "Pâtissier", "Occitanie")))).isEqualTo(RuleId.X2);
        editJuryMember.edit(BRETAGNE, member, changed);
        assertThat(directory.juryMember(member).orElseThrow().profession()).isEqualTo("Pâtissier");
    }

    @Test
    void X2_aCentreProposesAMemberWhoWaitsForTheAuthorityOfTheirRegion() {
        long member = proposeNewMember(centre, "Bretagne");
        long proposal = pendingProposalOf(member);
        // proposed, not habilitated: S2/X2 will refuse them in a pair until the authority decides
        assertThat(directory.juryMember(member).orElseThrow().habilitations()).isEmpty();
        assertThat(directory.juryMembersHabilitatedFor(title)).extracting(JuryMemberSummary::id).doesNotContain(member);

        assertThat(ruleOf(() -> decide.accept(user(Role.ADMIN, centre, null), proposal, "01/01/2027", "31/12/2030")))
                .isEqualTo(RuleId.X2);
        assertThat(ruleOf(() -> decide.accept(OCCITANIE, proposal, "01/01/2027", "31/12/2030"))).isEqualTo(RuleId.X2);
        assertThatThrownBy(() -> decide.accept(BRETAGNE, proposal, "", "31/12/2030"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field).contains("validFrom"));

        decide.accept(BRETAGNE, proposal, "01/01/2027", "31/12/2030");
        assertThat(directory.juryMembersHabilitatedFor(title)).extracting(JuryMemberSummary::id).contains(member);
        assertThat(jdbc.sql("select decision || ':' || decided_by from jury_proposal where id = :p").param("p", proposal)
                .query(String.class).single()).isEqualTo("ACCEPTED:dreets-bretagne");
        assertThatThrownBy(() -> decide.refuse(BRETAGNE, proposal, "Trop tard"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void X2_theAuthorityRefusesAProposalSayingWhy() {
        long member = proposeNewMember(centre, "Bretagne");
        long proposal = pendingProposalOf(member);
        assertThatThrownBy(() -> decide.refuse(BRETAGNE, proposal, " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("reason"));
        decide.refuse(BRETAGNE, proposal, "Aucune expérience récente du métier");
        assertThat(directory.juryMember(member).orElseThrow().habilitations()).isEmpty();
        assertThat(jdbc.sql("select decision_note from jury_proposal where id = :p").param("p", proposal)
                .query(String.class).single()).isEqualTo("Aucune expérience récente du métier");
    }

    @Test
    void X2_aCentreProposesOneOfItsPersonsAndNotAnotherCentres() {
        long trainer = staff.create(StaffKind.TRAINER, centre, "", new PersonInput("LEROUX", "Marion", PeopleFixtures.unique("m") + "@exemple.fr"));
        long person = directory.trainer(trainer).orElseThrow().personId();
        ProposeJuryMember.ProposalInput input = new ProposeJuryMember.ProposalInput(String.valueOf(person),
                new JuryMemberInput("", "", "", "Comptable", "Bretagne"), String.valueOf(title), "");
        assertThatThrownBy(() -> propose.propose(user(Role.ADMIN, otherCentre, null), input))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("personId"));
        long member = propose.propose(user(Role.ADMIN, centre, null), input);
        assertThat(jdbc.sql("select person_id from jury_member where id = :m").param("m", member).query(Long.class).single())
                .isEqualTo(person);
        assertThatThrownBy(() -> propose.propose(user(Role.ADMIN, centre, null), input))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("personId"));
        assertThat(ruleOf(() -> propose.propose(BRETAGNE, input))).isEqualTo(RuleId.X2);
    }

    @Test
    void P1_aJuryMemberEntersTheirOwnUnavailableDaysAndACentreForThem() {
        long member = fixtures.juryMember(PeopleFixtures.unique("p1") + "@exemple.fr");
        long other = fixtures.juryMember(PeopleFixtures.unique("p1o") + "@exemple.fr");
        CurrentUser self = user(Role.JURY, null, member);
        String day = LocalDate.now().plusDays(30).toString();
        long own = unavailability.add(self, member, day);
        assertThat(ruleOf(() -> unavailability.add(self, other, day))).isEqualTo(RuleId.P1);
        assertThatThrownBy(() -> unavailability.add(self, member, day)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> unavailability.add(self, member, LocalDate.now().minusDays(1).toString()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::rule).containsExactly(RuleId.P1));

        long forThem = unavailability.add(user(Role.ADMIN, centre, null), member, LocalDate.now().plusDays(31).toString());
        assertThat(ruleOf(() -> unavailability.remove(user(Role.ADMIN, otherCentre, null), member, forThem)))
                .isEqualTo(RuleId.P1);
        assertThat(directory.juryUnavailableDays(List.of(member, other), LocalDate.now(), LocalDate.now().plusDays(60)))
                .containsOnlyKeys(member).extractingByKey(member).asList().hasSize(2);
        unavailability.remove(self, member, forThem);
        unavailability.remove(self, member, own);
        assertThat(directory.juryUnavailableDays(List.of(member), LocalDate.now(), LocalDate.now().plusDays(60))).isEmpty();
    }
}

package fr.sessiontp.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.application.AddHabilitation;
import fr.sessiontp.people.application.CreateCandidate;
import fr.sessiontp.people.application.CreateJuryMember;
import fr.sessiontp.people.application.DeclareJuryLink;
import fr.sessiontp.people.application.EditCandidate;
import fr.sessiontp.people.application.EditJuryMember;
import fr.sessiontp.people.application.RemoveHabilitation;
import fr.sessiontp.people.application.RemoveJuryLink;
import fr.sessiontp.people.application.SaveStaffMember;
import fr.sessiontp.people.application.UnknownRecordException;
import fr.sessiontp.people.domain.CandidateInput;
import fr.sessiontp.people.domain.FieldViolation;
import fr.sessiontp.people.domain.HabilitationInput;
import fr.sessiontp.people.domain.InvalidInputException;
import fr.sessiontp.people.domain.JuryMemberInput;
import fr.sessiontp.people.domain.PersonInput;
import fr.sessiontp.people.domain.StaffKind;
import fr.sessiontp.security.UserAccounts;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@AutoConfigureMockMvc
class PeopleUseCasesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    CreateCandidate createCandidate;
    @Autowired
    EditCandidate editCandidate;
    @Autowired
    CreateJuryMember createJuryMember;
    @Autowired
    EditJuryMember editJuryMember;
    @Autowired
    AddHabilitation addHabilitation;
    @Autowired
    RemoveHabilitation removeHabilitation;
    @Autowired
    DeclareJuryLink declareJuryLink;
    @Autowired
    RemoveJuryLink removeJuryLink;
    @Autowired
    SaveStaffMember saveStaffMember;

    PeopleFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PeopleFixtures(jdbc, accounts);
    }

    private static CandidateInput candidate(String identifier, String extraTime, String note) {
        return new CandidateInput("DUPONT", "", "Camille", identifier, "15/03/1990", "camille@exemple.fr", "VAE", extraTime, note);
    }

    private static java.util.List<String> fields(InvalidInputException e) {
        return e.violations().stream().map(FieldViolation::field).toList();
    }

    @Test
    void createsACandidateAndRecordsItInTheAuditTrail() {
        long centre = fixtures.centre();
        long trainer = fixtures.trainer(centre, "MARTIN", "Paul");
        long id = createCandidate.create(centre, candidate("C-1", "0", ""), String.valueOf(trainer));
        CandidateSummary saved = directory.candidate(id).orElseThrow();
        assertThat(saved.accessRoute()).isEqualTo(AccessRoute.VAE);
        assertThat(saved.trainerId()).isEqualTo(trainer);
        assertThat(fixtures.auditActions("candidate", String.valueOf(id))).containsExactly("candidate.created:-");
    }

    @Test
    void X3_recordsWhoGrantedExtraTimeAndWhenInTheAuditTrail() {
        long centre = fixtures.centre();
        long id = createCandidate.create(centre, candidate("C-X3", "33", "Décision DDETS n° 2026-17"), "");
        assertThat(directory.candidate(id).orElseThrow().extraTimePercent()).isEqualTo(33);
        assertThat(fixtures.auditActions("candidate", String.valueOf(id)))
                .containsExactly("candidate.created:-", "candidate.adjustment.set:X3");
        String details = jdbc.sql("select details from audit_entry where subject_type = 'candidate' and subject_id = :id and rule_id = 'X3'")
                .param("id", String.valueOf(id)).query(String.class).single();
        assertThat(details).contains("33 %").contains("Décision DDETS n° 2026-17");

        editCandidate.edit(centre, id, candidate("C-X3", "25", "Décision DDETS n° 2026-18"), "");
        editCandidate.edit(centre, id, candidate("C-X3b", "25", "Décision DDETS n° 2026-18"), "");
        assertThat(fixtures.auditActions("candidate", String.valueOf(id))).containsExactly(
                "candidate.created:-", "candidate.adjustment.set:X3", "candidate.updated:-", "candidate.adjustment.set:X3",
                "candidate.updated:-");
    }

    @Test
    void X3_refusesExtraTimeWithoutDdetsDecisionThroughTheUseCase() {
        long centre = fixtures.centre();
        assertThatThrownBy(() -> createCandidate.create(centre, candidate("C-X3n", "33", ""), ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo(RuleId.X3));
                });
        assertThat(fixtures.countInCentre("candidate", centre)).isZero();
    }

    @Test
    void refusesAnIdentifierAlreadyUsedInTheCentreButNotInAnotherCentre() {
        long centre = fixtures.centre();
        long other = fixtures.centre();
        long first = createCandidate.create(centre, candidate("DUP-1", "0", ""), "");
        assertThatThrownBy(() -> createCandidate.create(centre, candidate("dup-1", "0", ""), ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(fields(e)).containsExactly("identifier");
                    assertThat(e.violations().get(0).message()).isEqualTo("Un candidat de votre centre a déjà cet identifiant.");
                });
        createCandidate.create(other, candidate("DUP-1", "0", ""), "");
        editCandidate.edit(centre, first, candidate("DUP-1", "0", ""), "");
        assertThat(fixtures.countInCentre("candidate", centre)).isEqualTo(1);
    }

    @Test
    void refusesATrainerOfAnotherCentreAndHidesAnotherCentresCandidate() {
        long centre = fixtures.centre();
        long other = fixtures.centre();
        long foreignTrainer = fixtures.trainer(other, "AILLEURS", "Max");
        assertThatThrownBy(() -> createCandidate.create(centre, candidate("T-1", "0", ""), String.valueOf(foreignTrainer)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("trainerId"));
        long foreign = fixtures.candidate(other, "F-1");
        assertThatThrownBy(() -> editCandidate.edit(centre, foreign, candidate("F-1", "0", ""), ""))
                .isInstanceOf(UnknownRecordException.class);
    }

    @Test
    void managesJuryMembersAndTheirHabilitations() {
        String email = PeopleFixtures.unique("alex") + "@exemple.fr";
        long id = createJuryMember.create(PeopleImportTest.BRETAGNE, new JuryMemberInput("DURAND", "Alex", email, "Cuisinier", "Bretagne"));
        assertThatThrownBy(() -> createJuryMember.create(PeopleImportTest.BRETAGNE, new JuryMemberInput("AUTRE", "Alex", email.toUpperCase(), "Cuisinier", "Bretagne")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("email"));
        editJuryMember.edit(PeopleImportTest.BRETAGNE, id, new JuryMemberInput("DURAND", "Alexandra", email, "Cheffe de cuisine", "Bretagne"));
        assertThat(directory.juryMember(id).orElseThrow().profession()).isEqualTo("Cheffe de cuisine");

        long title = fixtures.title(fixtures.titleCode());
        long habilitation = addHabilitation.add(PeopleImportTest.BRETAGNE, id, new HabilitationInput(String.valueOf(title), "01/01/2026", "31/12/2027"));
        assertThat(directory.juryMember(id).orElseThrow().habilitations()).singleElement()
                .satisfies(h -> assertThat(h.validUntil()).isEqualTo(LocalDate.of(2027, 12, 31)));
        assertThatThrownBy(() -> addHabilitation.add(PeopleImportTest.BRETAGNE, id, new HabilitationInput(String.valueOf(title), "2027-06-01", "2028-06-01")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("validFrom"));
        assertThatThrownBy(() -> addHabilitation.add(PeopleImportTest.BRETAGNE, id, new HabilitationInput("999999999", "2027-06-01", "2028-06-01")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("titleId"));
        removeHabilitation.remove(PeopleImportTest.BRETAGNE, id, habilitation);
        assertThat(directory.juryMember(id).orElseThrow().habilitations()).isEmpty();
        assertThat(fixtures.auditActions("jury_member", String.valueOf(id))).containsExactly(
                "jury.member.created:X2", "jury.member.updated:X2", "jury.habilitation.added:X2", "jury.habilitation.removed:X2");
    }

    @Test
    void X2_refusesAHabilitationEndingBeforeItStartsThroughTheUseCase() {
        long id = fixtures.juryMember(PeopleFixtures.unique("x2") + "@exemple.fr");
        long title = fixtures.title(fixtures.titleCode());
        assertThatThrownBy(() -> addHabilitation.add(PeopleImportTest.BRETAGNE, id, new HabilitationInput(String.valueOf(title), "2026-06-01", "2026-05-31")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.rule()).isEqualTo(RuleId.X2)));
        assertThat(directory.juryMember(id).orElseThrow().habilitations()).isEmpty();
    }

    @Test
    void S3_declaresAndRemovesALinkWithACandidateOfTheCentreOnly() {
        long centre = fixtures.centre();
        long other = fixtures.centre();
        long member = fixtures.juryMember(PeopleFixtures.unique("s3") + "@exemple.fr");
        long candidate = fixtures.candidate(centre, "S3-1");
        long foreign = fixtures.candidate(other, "S3-2");

        long link = declareJuryLink.declare(centre, member, String.valueOf(candidate), "Ancien employeur");
        assertThat(directory.linksBetween(java.util.List.of(member), java.util.List.of(candidate)))
                .containsExactly(new JuryLink(member, candidate, "Ancien employeur"));
        assertThatThrownBy(() -> declareJuryLink.declare(centre, member, String.valueOf(candidate), "Encore"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("candidateId"));
        assertThatThrownBy(() -> declareJuryLink.declare(centre, member, String.valueOf(foreign), "Voisin"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("candidateId"));
        assertThatThrownBy(() -> declareJuryLink.declare(centre, member, String.valueOf(candidate), " "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> removeJuryLink.remove(other, member, link)).isInstanceOf(UnknownRecordException.class);
        removeJuryLink.remove(centre, member, link);
        assertThat(directory.linksBetween(java.util.List.of(member), java.util.List.of(candidate))).isEmpty();
        assertThat(fixtures.auditActions("jury_member", String.valueOf(member)))
                .containsExactly("jury.link.declared:S3", "jury.link.removed:S3");
    }

    @Test
    void managesTheStaffOfTheCentreAsRolesOfPersons() {
        long centre = fixtures.centre();
        long other = fixtures.centre();
        long trainer = saveStaffMember.create(StaffKind.TRAINER, centre, "", new PersonInput("MARTIN", "Paul", "paul@exemple.fr"));
        long manager = saveStaffMember.create(StaffKind.SESSION_MANAGER, centre, null, new PersonInput("BERNARD", "Lou", ""));
        long paul = directory.trainer(trainer).orElseThrow().personId();
        long proctor = saveStaffMember.create(StaffKind.PROCTOR, centre, String.valueOf(paul), new PersonInput("", "", ""));
        assertThat(directory.proctor(proctor).orElseThrow()).isEqualTo(new ProctorSummary(proctor, centre, paul, "MARTIN", "Paul"));

        // one identity: correcting the proctor corrects the trainer
        saveStaffMember.edit(StaffKind.PROCTOR, centre, proctor, new PersonInput("MARTIN", "Paul-Henri", ""));
        assertThat(directory.trainer(trainer).orElseThrow().displayName()).isEqualTo("MARTIN Paul-Henri");

        // a person already proctor, or a person of another centre, cannot be picked
        assertThatThrownBy(() -> saveStaffMember.create(StaffKind.PROCTOR, centre, String.valueOf(paul), new PersonInput("", "", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("personId"));
        long foreignTrainer = fixtures.trainer(other, "AILLEURS", "Max");
        long foreign = directory.trainer(foreignTrainer).orElseThrow().personId();
        assertThatThrownBy(() -> saveStaffMember.create(StaffKind.PROCTOR, centre, String.valueOf(foreign), new PersonInput("", "", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("personId"));
        assertThat(directory.sessionManager(manager).orElseThrow().personId()).isNotEqualTo(paul);

        assertThatThrownBy(() -> saveStaffMember.edit(StaffKind.TRAINER, other, trainer, new PersonInput("X", "Y", "")))
                .isInstanceOf(UnknownRecordException.class);
        assertThatThrownBy(() -> saveStaffMember.create(StaffKind.TRAINER, centre, "", new PersonInput("", "", "x@")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("lastName", "firstName", "email"));
        assertThat(fixtures.auditActions("proctor", String.valueOf(proctor))).containsExactly("proctor.created:-", "proctor.updated:-");
    }
}

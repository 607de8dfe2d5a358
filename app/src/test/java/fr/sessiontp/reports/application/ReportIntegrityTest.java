package fr.sessiontp.reports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.sessiontp.audit.TamperEvidence;
import fr.sessiontp.audit.TamperVerification;
import fr.sessiontp.evaluation.EvaluationFixtures;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.evaluation.application.DecideOutcome;
import fr.sessiontp.evaluation.application.EvaluateCandidate;
import fr.sessiontp.reports.ReportIntegrity;
import fr.sessiontp.reports.ReportIntegrity.Kind;
import fr.sessiontp.reports.ReportIntegrity.Problem;
import fr.sessiontp.reports.ReportKind;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tamper evidence of signed PVs (#8.2). Each attack is made as the database owner would make it (append-only triggers
 * disabled) inside a transaction that is rolled back after the check, so the shared database stays intact.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportIntegrityTest {

    private static final List<String> TABLES = List.of("report_version", "report_line", "report_signature");

    @Autowired
    fr.sessiontp.session.SessionGate gate;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    fr.sessiontp.session.Sessions sessions;
    @Autowired
    fr.sessiontp.conduct.application.OpeningDay opening;
    @Autowired
    fr.sessiontp.conduct.application.JuryReception reception;
    @Autowired
    UserAccounts accounts;
    @Autowired
    EvaluateCandidate evaluate;
    @Autowired
    DecideOutcome decide;
    @Autowired
    Reports reports;
    @Autowired
    ReportIntegrity integrity;
    @Autowired
    fr.sessiontp.reports.persistence.ReportRepository repository;
    @Autowired
    TamperEvidence tamperEvidence;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MockMvc mvc;

    EvaluationFixtures f;
    long version;
    List<Long> signatures;

    /** One individual PV, signed by its pair and countersigned: three sealed PDFs. */
    @BeforeAll
    void signAPv() {
        f = new EvaluationFixtures(jdbc, accounts, "TITLE", "MARCHAND").receptionComplete(gate, opening, reception);
        CurrentUser paul = f.current(Role.JURY, f.juryA);
        long candidate = f.candidates.get(1);
        evaluate.synthesis(paul, f.sessionId, candidate, Map.of(f.competence(0, 0), true, f.competence(0, 1), true,
                f.competence(1, 0), true, f.competence(1, 1), true));
        decide.confirm(paul, f.sessionId, candidate, Outcome.SUCCESS, List.of(), "Très bon travail", "");
        version = reports.prepare(paul, f.sessionId, ReportKind.INDIVIDUAL, candidate);
        String sha = reports.view(paul, version).version().contentSha256();
        reports.sign(paul, version, true, sha);
        reports.sign(f.current(Role.JURY, f.juryB), version, true, sha);
        reports.sign(f.current(Role.SESSION_MANAGER, f.managerId), version, true, sha);
        signatures = jdbc.sql("select id from report_signature where report_version_id = :v order by seq")
                .param("v", version).query(Long.class).list();
        assertThat(signatures).hasSize(3);
    }

    @Test
    void aSignedPvAsTheApplicationWroteItIsIntact() {
        ReportIntegrity.Verification verification = integrity.verify();
        assertThat(mine(verification.problems())).isEmpty();
        assertThat(verification.versionsChecked()).isPositive();
        assertThat(verification.signaturesChecked()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anAlteredLineIsNamedByItsVersion() {
        List<Problem> problems = attacked(() -> jdbc.sql(
                "update report_line set outcome = 'FAILURE' where report_version_id = :v").param("v", version).update());
        assertThat(problems).extracting(Problem::kind, Problem::versionId)
                .containsExactly(Tuple.tuple(Kind.CONTENT_ALTERED, version));
        assertThat(problems.get(0).message()).contains("PV version n° " + version, "modifié");
    }

    @Test
    void aDeletedLineIsSeenAsAnAlteredContent() {
        List<Problem> problems = attacked(() -> jdbc.sql("delete from report_line where report_version_id = :v")
                .param("v", version).update());
        assertThat(problems).extracting(Problem::kind).containsExactly(Kind.CONTENT_ALTERED);
    }

    @Test
    void aRewrittenVersionWithARecomputedHashDiffersFromWhatWasAuditedAndSigned() {
        List<Problem> problems = attacked(() -> {
            jdbc.sql("update report_line set observations = 'Falsifié' where report_version_id = :v")
                    .param("v", version).update();
            var row = reports.view(f.current(Role.JURY, f.juryA), version).version();
            var forged = Reports.sha256(Reports.canonical(repository.version(version).orElseThrow(),
                    repository.lines(version)));
            jdbc.sql("update report_version set content_sha256 = :s where id = :v").param("s", forged)
                    .param("v", version).update();
            assertThat(forged).isNotEqualTo(row.contentSha256());
            return 1;
        });
        assertThat(problems).extracting(Problem::kind, Problem::signatureId).containsExactlyInAnyOrder(
                Tuple.tuple(Kind.VERSION_NOT_AUDITED, null),
                Tuple.tuple(Kind.SIGNED_CONTENT_MISMATCH, signatures.get(0)),
                Tuple.tuple(Kind.SIGNED_CONTENT_MISMATCH, signatures.get(1)),
                Tuple.tuple(Kind.SIGNED_CONTENT_MISMATCH, signatures.get(2)));
    }

    @Test
    void anAlteredSealedPdfIsNamedByItsSignature() {
        List<Problem> problems = attacked(() -> jdbc.sql(
                        "update report_signature set sealed_pdf = sealed_pdf || '\\x00'::bytea where id = :id")
                .param("id", signatures.get(1)).update());
        assertThat(problems).extracting(Problem::kind, Problem::versionId, Problem::signatureId)
                .containsExactly(Tuple.tuple(Kind.SEALED_PDF_ALTERED, version, signatures.get(1)));
        assertThat(problems.get(0).message())
                .contains("Signature n° " + signatures.get(1) + " du PV version n° " + version, "PDF scellé");
    }

    @Test
    void D6_aSealedPdfReplacedByAnotherSignaturesIsNamedWhereItWasPutNotWhereItCameFrom() {
        // the first signature's sealed PDF (and its SHA-256) replaced by the second one's: each is self-consistent
        List<Problem> problems = attacked(() -> jdbc.sql("""
                        update report_signature set sealed_pdf = o.sealed_pdf, sealed_sha256 = o.sealed_sha256
                        from report_signature o where o.id = :from and report_signature.id = :to""")
                .param("from", signatures.get(1)).param("to", signatures.get(0)).update());
        assertThat(problems).extracting(Problem::kind, Problem::signatureId)
                .containsExactly(Tuple.tuple(Kind.SIGNATURE_NOT_AUDITED, signatures.get(0)));
        assertThat(problems.get(0).message()).contains("Signature n° " + signatures.get(0) + " ");
    }

    @Test
    void aDeletedSignatureIsNamedByItsVersion() {
        List<Problem> middle = attacked(() -> jdbc.sql("delete from report_signature where id = :id")
                .param("id", signatures.get(1)).update());
        assertThat(middle).extracting(Problem::kind, Problem::versionId).containsExactlyInAnyOrder(
                Tuple.tuple(Kind.SIGNATURE_GAP, version), Tuple.tuple(Kind.SIGNATURE_MISSING, version));

        List<Problem> last = attacked(() -> jdbc.sql("delete from report_signature where id = :id")
                .param("id", signatures.get(2)).update());
        assertThat(last).extracting(Problem::kind, Problem::versionId)
                .containsExactly(Tuple.tuple(Kind.SIGNATURE_MISSING, version));
    }

    @Test
    void aDeletedVersionIsNamedFromTheAuditTrail() {
        List<Problem> problems = attacked(() -> {
            jdbc.sql("delete from report_signature where report_version_id = :v").param("v", version).update();
            jdbc.sql("delete from report_line where report_version_id = :v").param("v", version).update();
            return jdbc.sql("delete from report_version where id = :v").param("v", version).update();
        });
        assertThat(problems).extracting(Problem::kind, Problem::versionId).containsExactlyInAnyOrder(
                Tuple.tuple(Kind.VERSION_MISSING, version), Tuple.tuple(Kind.SIGNATURE_MISSING, version));
    }

    @Test
    void anInsertedSignatureIsNamed() {
        List<Problem> problems = attacked(() -> jdbc.sql("""
                        insert into report_signature (report_version_id, seq, signer_kind, person_id, user_id, signer_name,
                          signed_at, content_sha256, sealed_pdf, sealed_sha256)
                        select report_version_id, 4, 'JURY', person_id + 100000, user_id, 'Faussaire', now(), content_sha256,
                          sealed_pdf, sealed_sha256
                        from report_signature where id = :id""").param("id", signatures.get(0)).update());
        Long inserted = jdbc.sql("select max(id) from report_signature").query(Long.class).single();
        assertThat(problems).extracting(Problem::kind, Problem::versionId)
                .containsExactly(Tuple.tuple(Kind.SIGNATURE_NOT_AUDITED, version));
        assertThat(problems.get(0).signatureId()).isNotIn(signatures);
        assertThat(inserted).isNotNull();
    }

    @Test
    void theAdminVerificationPageNamesTheBrokenRecordNextToTheAuditChain() throws Exception {
        String page = transactions.execute(status -> {
            try {
                tamper(() -> jdbc.sql("update report_signature set sealed_pdf = '\\x00'::bytea where id = :id")
                        .param("id", signatures.get(0)).update());
                String html = mvc.perform(get("/admin/audit/verification").with(user(admin())))
                        .andReturn().getResponse().getContentAsString();
                status.setRollbackOnly();
                return html;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(page).contains("Journal intact").contains("Procès-verbaux (versions et signatures)")
                .contains("Signature n° " + signatures.get(0) + " du PV version n° " + version);
    }

    @Test
    void theTamperEvidenceServiceReportsTheAuditChainAndThePvsTogether() {
        TamperVerification all = transactions.execute(status -> {
            tamper(() -> jdbc.sql("update report_line set birth_name = 'X' where report_version_id = :v")
                    .param("v", version).update());
            TamperVerification result = tamperEvidence.verify();
            status.setRollbackOnly();
            return result;
        });
        assertThat(all.intact()).isFalse();
        assertThat(all.records()).anySatisfy(report -> assertThat(report.problems())
                .anyMatch(p -> p.contains("PV version n° " + version)));
    }

    /** Runs the attack with the triggers off, checks, and rolls everything back; returns the problems about this PV. */
    private List<Problem> attacked(Supplier<Integer> attack) {
        return transactions.execute(status -> {
            tamper(attack);
            List<Problem> problems = mine(integrity.verify().problems());
            status.setRollbackOnly();
            return problems;
        });
    }

    private void tamper(Supplier<Integer> attack) {
        TABLES.forEach(t -> jdbc.sql("alter table " + t + " disable trigger " + t + "_append_only").update());
        attack.get();
        TABLES.forEach(t -> jdbc.sql("alter table " + t + " enable trigger " + t + "_append_only").update());
    }

    private List<Problem> mine(List<Problem> problems) {
        return problems.stream().filter(p -> p.versionId() == version).toList();
    }

    private org.springframework.security.core.userdetails.UserDetails admin() {
        return f.user(Role.ADMIN, null);
    }
}

package fr.sessiontp.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sessiontp.common.RuleId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain on the real database. Tampering needs the append-only trigger disabled, as an
 * attacker with database rights would; each test restores what it broke so the shared chain stays intact.
 */
@SpringBootTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog log;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void entriesChainAndVerifyIntact() {
        AuditEntry first = trail.record("test.first", RuleId.S2, "session", "1", "Première entrée");
        AuditEntry second = trail.record("test.second", null, null, null, "Deuxième entrée");

        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.actor()).isEqualTo("système");
        assertThat(log.verify().intact()).isTrue();
        assertThat(log.latest(0, 1)).extracting(AuditEntry::seq).containsExactly(second.seq());
    }

    @Test
    void anEntryCannotBeUpdatedOrDeletedThroughSql() {
        AuditEntry entry = trail.record("test.locked", null, null, null, "Verrouillée");
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set details = 'x' where seq = :seq")
                .param("seq", entry.seq()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = :seq")
                .param("seq", entry.seq()).update()).hasMessageContaining("append-only");
    }

    @Test
    void aRolledBackActionLeavesNoEntry() {
        long before = log.count();
        try {
            transactions.executeWithoutResult(status -> {
                trail.record("test.rolledBack", null, null, null, "Annulée");
                status.setRollbackOnly();
            });
        } finally {
            assertThat(log.count()).isEqualTo(before);
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void verificationNamesAnAlteredEntry() {
        AuditEntry entry = trail.record("test.altered", null, null, null, "Texte d'origine");
        tamper("update audit_entry set details = 'Texte falsifié' where seq = " + entry.seq());
        try {
            assertThat(log.verify().problems())
                    .extracting(AuditProblem::seq, AuditProblem::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(entry.seq(), AuditProblem.Kind.ALTERED));
        } finally {
            tamper("update audit_entry set details = 'Texte d''origine' where seq = " + entry.seq());
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void verificationNamesADeletedEntryAndAnInsertedOne() {
        AuditEntry a = trail.record("test.a", null, null, null, "A");
        AuditEntry b = trail.record("test.b", null, null, null, "B");
        AuditEntry c = trail.record("test.c", null, null, null, "C");
        tamper("delete from audit_entry where seq = " + b.seq());
        try {
            List<AuditProblem> problems = log.verify().problems();
            assertThat(problems).extracting(AuditProblem::kind).containsExactly(AuditProblem.Kind.DELETED);
            assertThat(problems.get(0).seq()).isEqualTo(c.seq());
            assertThat(problems.get(0).message()).contains("n° " + b.seq());

            // A forged entry with a correct hash of its own, put in the gap, does not chain to its predecessor.
            String forgedHash = AuditChain.hash("f".repeat(64), b.seq(), b.occurredAt(), "intrus", "forged", null,
                    null, null, "Fausse entrée");
            tamper("insert into audit_entry (seq, occurred_at, actor, action, details, previous_hash, hash) values ("
                    + b.seq() + ", now(), 'intrus', 'forged', 'Fausse entrée', '" + "f".repeat(64) + "', '" + forgedHash + "')");
            assertThat(log.verify().problems()).extracting(AuditProblem::seq, AuditProblem::kind)
                    .contains(org.assertj.core.groups.Tuple.tuple(b.seq(), AuditProblem.Kind.ALTERED));
        } finally {
            tamper("delete from audit_entry where seq = " + b.seq());
            tamper("insert into audit_entry (seq, occurred_at, actor, action, rule_id, subject_type, subject_id, details,"
                    + " previous_hash, hash) values (" + b.seq() + ", '" + java.sql.Timestamp.from(b.occurredAt())
                    + "'::timestamp at time zone current_setting('TimeZone'), '" + b.actor() + "', '" + b.action()
                    + "', null, null, null, 'B', '" + b.previousHash() + "', '" + b.hash() + "')");
        }
        assertThat(a.hash()).isEqualTo(b.previousHash());
        assertThat(log.verify().intact()).isTrue();
    }

    private void tamper(String sql) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update_or_delete").update();
            jdbc.sql(sql).update();
            jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update_or_delete").update();
        });
    }
}

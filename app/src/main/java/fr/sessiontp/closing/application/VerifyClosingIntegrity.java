package fr.sessiontp.closing.application;

import fr.sessiontp.audit.AuditEntry;
import fr.sessiontp.audit.AuditLog;
import fr.sessiontp.audit.IntegrityCheck;
import fr.sessiontp.audit.IntegrityReport;
import fr.sessiontp.closing.persistence.ClosingRepository;
import fr.sessiontp.closing.persistence.ClosingRepository.ItemRow;
import fr.sessiontp.closing.persistence.ClosingRepository.StoredDecision;
import fr.sessiontp.closing.persistence.ClosingRepository.TransmissionRow;
import fr.sessiontp.common.Messages;
import fr.sessiontp.session.Sessions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tamper evidence of the closing records (A1, D9). The transmissions and the authority's decisions are append-only
 * tables; the audit trail (hash-chained) recorded each of them when it was made. The k-th transmission of a session is
 * compared with the k-th {@code closing.transmitted} entry of that session — every item's sealed SHA-256 must be one
 * the entry names — and the k-th decision with the k-th {@code closing.validated} / {@code closing.sentBack} entry:
 * same decision, and the entry's text rebuilt from the row (who decided, the reason) must be the audited one. Each
 * broken record is named.
 */
@Service
class VerifyClosingIntegrity implements IntegrityCheck {

    private static final Pattern SHA256 = Pattern.compile("\\b[0-9a-f]{64}\\b");

    private final ClosingRepository repository;
    private final AuditLog auditLog;
    private final Sessions sessions;

    VerifyClosingIntegrity(ClosingRepository repository, AuditLog auditLog, Sessions sessions) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.sessions = sessions;
    }

    @Override
    @Transactional(readOnly = true)
    public IntegrityReport check() {
        Map<Long, List<AuditEntry>> transmitted = new HashMap<>();
        Map<Long, List<AuditEntry>> decided = new HashMap<>();
        auditLog.forEachAbout("session", entry -> {
            Long session = sessionId(entry.subjectId());
            switch (session == null ? "" : entry.action()) {
                case "closing.transmitted" -> transmitted.computeIfAbsent(session, s -> new ArrayList<>()).add(entry);
                case "closing.validated", "closing.sentBack" ->
                        decided.computeIfAbsent(session, s -> new ArrayList<>()).add(entry);
                default -> {
                }
            }
        });
        List<String> problems = new ArrayList<>();
        long records = 0;
        Map<Long, Integer> rank = new HashMap<>();
        for (TransmissionRow t : repository.allTransmissions()) {
            List<ItemRow> items = repository.items(t.id());
            records += 1 + items.size();
            AuditEntry entry = next(transmitted, rank, t.sessionId());
            if (entry == null) {
                problems.add(message("closing.integrity.transmissionNotAudited", t.id(), t.sessionId()));
                continue;
            }
            List<String> audited = shas(entry.details());
            int rewritten = 0;
            for (ItemRow item : items) {
                if (!audited.remove(item.sealedSha256())) {
                    rewritten++;
                    problems.add(message("closing.integrity.itemNotAudited", item.reportVersionId(), t.id(),
                            t.sessionId()));
                }
            }
            // audited items left over beyond the rewritten ones were deleted
            if (audited.size() > rewritten) {
                problems.add(message("closing.integrity.itemMissing", t.id(), t.sessionId(), audited.size() - rewritten));
            }
        }
        missing(transmitted, rank, "closing.integrity.transmissionMissing", problems);

        Map<Long, Integer> decisionRank = new HashMap<>();
        Map<Long, String> numbers = new HashMap<>();
        for (StoredDecision d : repository.allDecisions()) {
            records++;
            AuditEntry entry = next(decided, decisionRank, d.sessionId());
            String number = numbers.computeIfAbsent(d.sessionId(),
                    id -> sessions.session(id).map(s -> s.summary().number()).orElse(""));
            if (entry == null || !entry.details().equals(expected(d, number))) {
                problems.add(message("closing.integrity.decisionNotAudited", d.id(), d.sessionId()));
            }
        }
        missing(decided, decisionRank, "closing.integrity.decisionMissing", problems);
        return new IntegrityReport(Messages.get("closing.integrity.name"), records, problems);
    }

    /** The audit text the decision's use case wrote, rebuilt from the stored row. */
    private static String expected(StoredDecision d, String sessionNumber) {
        return "VALIDATED".equals(d.decision())
                ? Messages.get("closing.audit.validated", sessionNumber, d.decidedBy())
                : Messages.get("closing.audit.sentBack", sessionNumber, d.decidedBy(), d.reason());
    }

    private static AuditEntry next(Map<Long, List<AuditEntry>> entries, Map<Long, Integer> rank, long sessionId) {
        int k = rank.merge(sessionId, 1, Integer::sum);
        List<AuditEntry> ofSession = entries.getOrDefault(sessionId, List.of());
        return k <= ofSession.size() ? ofSession.get(k - 1) : null;
    }

    private static void missing(Map<Long, List<AuditEntry>> entries, Map<Long, Integer> rank, String key,
                                List<String> problems) {
        entries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            int stored = rank.getOrDefault(e.getKey(), 0);
            if (e.getValue().size() > stored) {
                problems.add(message(key, e.getKey(), e.getValue().size() - stored));
            }
        });
    }

    private static Long sessionId(String subjectId) {
        try {
            return subjectId == null ? null : Long.valueOf(subjectId);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> shas(String details) {
        List<String> found = new ArrayList<>();
        Matcher matcher = SHA256.matcher(details == null ? "" : details);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static String message(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]); // ids without digit grouping
        }
        return Messages.get(key, texts);
    }
}

package fr.sessiontp.reports.application;

import fr.sessiontp.audit.AuditLog;
import fr.sessiontp.audit.IntegrityCheck;
import fr.sessiontp.audit.IntegrityReport;
import fr.sessiontp.common.Messages;
import fr.sessiontp.reports.ReportIntegrity;
import fr.sessiontp.reports.persistence.ReportIntegrityRepository;
import fr.sessiontp.reports.persistence.ReportIntegrityRepository.StoredSignature;
import fr.sessiontp.reports.persistence.ReportRepository;
import fr.sessiontp.reports.persistence.ReportRepository.VersionRow;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes, for every PV version, the content SHA-256 exactly as {@link Reports} computed it when preparing it
 * ({@link Reports#canonical}), the SHA-256 of every sealed PDF, and compares the tables with what the audit trail
 * (itself hash-chained) recorded at each preparation and signature.
 */
@Service
class VerifyReportIntegrity implements ReportIntegrity, IntegrityCheck {

    private static final int BATCH = 200;
    private static final Pattern CONTENT_SHA = Pattern.compile("contenu SHA-256 ([0-9a-f]{64})");
    private static final Pattern SEALED_SHA = Pattern.compile("PDF scellé SHA-256 ([0-9a-f]{64})");

    private final ReportRepository reports;
    private final ReportIntegrityRepository tables;
    private final AuditLog auditLog;

    VerifyReportIntegrity(ReportRepository reports, ReportIntegrityRepository tables, AuditLog auditLog) {
        this.reports = reports;
        this.tables = tables;
        this.auditLog = auditLog;
    }

    @Override
    @Transactional(readOnly = true)
    public Verification verify() {
        // What the audit trail says was prepared (version → content SHA-256) and signed (version → sealed SHA-256s).
        Map<Long, String> audited = new HashMap<>();
        Map<Long, List<String>> auditedSeals = new TreeMap<>(); // in the order the signatures were made
        auditLog.forEachAbout("report", entry -> {
            Long versionId = parseId(entry.subjectId());
            if (versionId == null) {
                return;
            }
            if ("reports.versionPrepared".equals(entry.action())) {
                audited.put(versionId, find(CONTENT_SHA, entry.details()));
            } else if ("reports.signed".equals(entry.action()) || "reports.countersigned".equals(entry.action())) {
                auditedSeals.computeIfAbsent(versionId, id -> new ArrayList<>()).add(find(SEALED_SHA, entry.details()));
            }
        });

        List<Problem> problems = new ArrayList<>();
        long versions = 0;
        long signatures = 0;
        long after = 0;
        for (List<Long> ids = tables.versionIdsAfter(after, BATCH); !ids.isEmpty();
                ids = tables.versionIdsAfter(after, BATCH)) {
            for (long id : ids) {
                VersionRow version = reports.version(id).orElseThrow();
                versions++;
                String content = Reports.sha256(Reports.canonical(version, reports.lines(id)));
                if (!content.equals(version.contentSha256())) {
                    problems.add(problem(Kind.CONTENT_ALTERED, id, null, "reports.integrity.contentAltered", id));
                }
                String auditedContent = audited.remove(id);
                if (auditedContent == null || !auditedContent.equals(version.contentSha256())) {
                    problems.add(problem(Kind.VERSION_NOT_AUDITED, id, null, "reports.integrity.versionNotAudited", id));
                }
                // The k-th signature audited for a version is the signature of rank k (signatures of one version are
                // serialised): each stored signature is compared with its own audited seal, so a sealed PDF copied
                // from another signature is named where it was put, not where it came from.
                List<String> seals = auditedSeals.getOrDefault(id, List.of());
                Set<Integer> presentRanks = new HashSet<>();
                int expectedSeq = 1;
                for (StoredSignature signature : tables.signatures(id)) {
                    signatures++;
                    if (signature.seq() != expectedSeq) {
                        problems.add(problem(Kind.SIGNATURE_GAP, id, signature.id(), "reports.integrity.signatureGap",
                                id, signature.seq()));
                    }
                    expectedSeq = signature.seq() + 1;
                    checkSignature(signature, version, problems);
                    int rank = signature.seq();
                    boolean rankAudited = rank >= 1 && rank <= seals.size();
                    if (rankAudited) {
                        presentRanks.add(rank);
                    }
                    if (!rankAudited || !seals.get(rank - 1).equals(signature.sealedSha256())) {
                        problems.add(problem(Kind.SIGNATURE_NOT_AUDITED, id, signature.id(),
                                "reports.integrity.signatureNotAudited", signature.id(), id));
                    }
                }
                int missing = seals.size() - presentRanks.size();
                if (missing > 0) {
                    problems.add(problem(Kind.SIGNATURE_MISSING, id, null, "reports.integrity.signatureMissing", id,
                            missing));
                }
                auditedSeals.remove(id);
                after = id;
            }
        }
        for (StoredSignature orphan : tables.orphanSignatures()) {
            signatures++;
            problems.add(problem(Kind.VERSION_MISSING, orphan.versionId(), orphan.id(),
                    "reports.integrity.versionMissing", orphan.versionId()));
        }
        audited.keySet().stream().sorted().forEach(id -> problems.add(
                problem(Kind.VERSION_MISSING, id, null, "reports.integrity.versionMissing", id)));
        auditedSeals.forEach((id, seals) -> problems.add(
                problem(Kind.SIGNATURE_MISSING, id, null, "reports.integrity.signatureMissing", id, seals.size())));
        return new Verification(versions, signatures, problems);
    }

    @Override
    public IntegrityReport check() {
        Verification verification = verify();
        return new IntegrityReport(Messages.get("reports.integrity.name"),
                verification.versionsChecked() + verification.signaturesChecked(),
                verification.problems().stream().map(Problem::message).toList());
    }

    private static void checkSignature(StoredSignature signature, VersionRow version, List<Problem> problems) {
        if (!signature.contentSha256().equals(version.contentSha256())) {
            problems.add(problem(Kind.SIGNED_CONTENT_MISMATCH, version.id(), signature.id(),
                    "reports.integrity.signedContentMismatch", signature.id(), version.id()));
        }
        if (!sha256(signature.sealedPdf()).equals(signature.sealedSha256())) {
            problems.add(problem(Kind.SEALED_PDF_ALTERED, version.id(), signature.id(),
                    "reports.integrity.sealedPdfAltered", signature.id(), version.id()));
        }
    }

    private static Problem problem(Kind kind, long versionId, Long signatureId, String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]); // ids without digit grouping
        }
        return new Problem(kind, versionId, signatureId, Messages.get(key, texts));
    }

    private static String find(Pattern pattern, String details) {
        Matcher matcher = pattern.matcher(details == null ? "" : details);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static Long parseId(String subjectId) {
        try {
            return subjectId == null ? null : Long.valueOf(subjectId);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

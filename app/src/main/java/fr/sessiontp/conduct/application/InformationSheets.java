package fr.sessiontp.conduct.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.conduct.persistence.ConductRepository.InformationSheet;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.session.SessionView;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** O8: completes a candidate's information sheet (address for mailing the diploma, phone). */
@Service
public class InformationSheets {

    private final ConductSupport support;
    private final AuditTrail audit;

    InformationSheets(ConductSupport support, AuditTrail audit) {
        this.support = support;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public InformationSheet sheet(long sessionId, long candidateId) {
        ConductSupport.enrolled(support.session(sessionId), candidateId);
        return support.informationSheet(candidateId);
    }

    @Transactional
    public void complete(long sessionId, long candidateId, InformationSheet sheet) {
        SessionView session = support.session(sessionId);
        CandidateSummary candidate = ConductSupport.enrolled(session, candidateId);
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, "address", sheet.address(), 300, null);
        check(errors, "postalCode", sheet.postalCode(), 10, "\\d{5}");
        check(errors, "city", sheet.city(), 100, null);
        check(errors, "phone", sheet.phone(), 30, "[0-9 +().-]{6,30}");
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        support.people.recordCandidatePostalDetails(candidateId, sheet.address().strip(), sheet.postalCode().strip(),
                sheet.city().strip(), sheet.phone().strip());
        audit.record("conduct.informationSheet.completed", RuleId.O8, "candidate", String.valueOf(candidateId),
                Messages.get("conduct.audit.sheet", candidate.displayName(), session.summary().number()));
    }

    private static void check(Map<String, String> errors, String field, String value, int max, String pattern) {
        if (value == null || value.isBlank()) {
            errors.put(field, Messages.get(dynamicKey("conduct.error.sheet.", field)));
        } else if (value.strip().length() > max || pattern != null && !value.strip().matches(pattern)) {
            errors.put(field, Messages.get(dynamicKey("conduct.error.sheetFormat.", field)));
        }
    }

    /** A message key built from a prefix and a value (an enum constant, a field name). */
    private static String dynamicKey(String prefix, Object value) {
        return prefix + value;
    }
}

package fr.sessiontp.referential.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.referential.EpreuveGrouping;
import fr.sessiontp.referential.NewTitle;
import fr.sessiontp.referential.Presence;
import fr.sessiontp.referential.persistence.TitleRepository;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates a title with its CCPs/CCS, competences, épreuves (with their RE durations, P5) and jury tasks. */
@Service
public class CreateTitle {

    static final Pattern TITLE_CODE = Pattern.compile("TP-\\d{5}");
    static final Pattern CERTIFICATE_CODE = Pattern.compile("[A-Z]{2,3}-\\d{6}");

    private final TitleRepository titles;
    private final AuditTrail audit;

    CreateTitle(TitleRepository titles, AuditTrail audit) {
        this.titles = titles;
        this.audit = audit;
    }

    @Transactional
    public long create(NewTitle title) {
        Map<String, String> errors = check(title);
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        long id = titles.insert(title);
        audit.record("referential.title.created", null, "title", String.valueOf(id),
                Messages.get("referential.audit.titleCreated", title.code(), title.name(), title.certificates().size(),
                        title.epreuves().size()));
        return id;
    }

    private Map<String, String> check(NewTitle t) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (t.code() != null && TITLE_CODE.matcher(t.code()).matches() && titles.titleByCode(t.code()).isPresent()) {
            errors.put("code", Messages.get("referential.error.titleCodeTaken", t.code()));
        }
        errors.putAll(checkContent(t));
        return errors;
    }

    /** Every field of a title and its RE content, except whether the title's code is already taken. */
    Map<String, String> checkContent(NewTitle t) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (t.code() == null || !TITLE_CODE.matcher(t.code()).matches()) {
            errors.put("code", Messages.get("referential.error.titleCode"));
        }
        if (blank(t.name()) || tooLong(t.name(), 200)) {
            errors.put("name", Messages.get("referential.error.nameRequired"));
        }
        if (blank(t.reVersion()) || tooLong(t.reVersion(), 40)) {
            errors.put("reVersion", Messages.get("referential.error.reVersionRequired"));
        }
        if (t.validFrom() == null) {
            errors.put("validFrom", Messages.get("referential.error.validFromRequired"));
        } else if (t.validUntil() != null && t.validUntil().isBefore(t.validFrom())) {
            errors.put("validUntil", Messages.get("referential.error.validUntilBeforeFrom"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < t.certificates().size(); i++) {
            NewTitle.NewCertificate c = t.certificates().get(i);
            String field = "certificates[" + i + "]";
            if (c.kind() == null || blank(c.name()) || tooLong(c.name(), 300)) {
                errors.put(field, Messages.get("referential.error.certificateIncomplete", i + 1));
            } else if (c.code() == null || !CERTIFICATE_CODE.matcher(c.code()).matches()) {
                errors.put(field, Messages.get("referential.error.certificateCode", c.code()));
            } else if (!codes.add(c.code()) || titles.certificateCodeTakenByAnotherTitle(c.code(), t.code())) {
                errors.put(field, Messages.get("referential.error.certificateCodeTaken", c.code()));
            }
        }
        Set<String> epreuveCodes = new HashSet<>();
        for (int i = 0; i < t.epreuves().size(); i++) {
            NewTitle.NewEpreuve e = t.epreuves().get(i);
            String field = "epreuves[" + i + "]";
            if (e.sessionType() == null || blank(e.code()) || blank(e.label()) || blank(e.kind())
                    || e.grouping() == null || e.presence() == null || blank(e.roomKind())) {
                errors.put(field, Messages.get("referential.error.epreuveIncomplete", i + 1));
            } else if (tooLong(e.code(), 30) || tooLong(e.label(), 300) || tooLong(e.kind(), 40)
                    || tooLong(e.roomKind(), 30)) {
                errors.put(field, Messages.get("referential.error.tooLong", e.label()));
            } else if (e.minutes() <= 0) {
                errors.put(field, Messages.get("referential.error.epreuveMinutes", e.label()));
            } else if (e.grouping() == EpreuveGrouping.GROUP && (e.groupSize() == null || e.groupSize() <= 0)) {
                errors.put(field, Messages.get("referential.error.epreuveGroupSize", e.label()));
            } else if (e.grouping() == EpreuveGrouping.ALL && e.presence() == Presence.JURY) {
                errors.put(field, Messages.get("referential.error.epreuveAllWithJury", e.label()));
            } else if (!epreuveCodes.add(e.sessionType() + "/" + e.code())) {
                errors.put(field, Messages.get("referential.error.epreuveCodeTaken", e.code()));
            } else if (e.guidance().stream().anyMatch(g -> blank(g) || tooLong(g, 1000))) {
                errors.put(field, Messages.get("referential.error.guidance", e.label()));
            }
        }
        Set<String> taskCodesAll = new HashSet<>();
        t.juryTasks().forEach(j -> taskCodesAll.add(j.sessionType() + "/" + j.code()));
        for (int i = 0; i < t.epreuves().size(); i++) {
            NewTitle.NewEpreuve e = t.epreuves().get(i);
            String field = "epreuves[" + i + "]";
            if (!errors.containsKey(field) && e.sessionType() != null) {
                e.afterEpreuves().stream().filter(c -> !epreuveCodes.contains(e.sessionType() + "/" + c)).findFirst()
                        .ifPresent(c -> errors.put(field, Messages.get("referential.error.unknownEpreuve", e.code(), c)));
                e.afterJuryTasks().stream().filter(c -> !taskCodesAll.contains(e.sessionType() + "/" + c)).findFirst()
                        .ifPresent(c -> errors.put(field, Messages.get("referential.error.unknownTask", e.code(), c)));
            }
        }
        Set<String> taskCodes = new HashSet<>();
        for (int i = 0; i < t.juryTasks().size(); i++) {
            NewTitle.NewJuryTask j = t.juryTasks().get(i);
            String field = "juryTasks[" + i + "]";
            if (j.sessionType() == null || blank(j.code()) || blank(j.label()) || blank(j.kind()) || blank(j.roomKind())) {
                errors.put(field, Messages.get("referential.error.taskIncomplete", i + 1));
            } else if (tooLong(j.code(), 30) || tooLong(j.label(), 300) || tooLong(j.kind(), 30)
                    || tooLong(j.roomKind(), 30)) {
                errors.put(field, Messages.get("referential.error.tooLong", j.label()));
            } else if (j.minutes() <= 0) {
                errors.put(field, Messages.get("referential.error.taskMinutes", j.label()));
            } else if (!taskCodes.add(j.sessionType() + "/" + j.code())) {
                errors.put(field, Messages.get("referential.error.taskCodeTaken", j.code()));
            } else {
                java.util.stream.Stream.concat(j.afterEpreuves().stream(), j.beforeEpreuves().stream())
                        .filter(c -> !epreuveCodes.contains(j.sessionType() + "/" + c)).findFirst()
                        .ifPresent(c -> errors.put(field, Messages.get("referential.error.unknownEpreuve", j.code(), c)));
            }
        }
        return errors;
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.length() > max;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

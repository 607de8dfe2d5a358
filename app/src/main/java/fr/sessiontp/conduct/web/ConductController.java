package fr.sessiontp.conduct.web;

import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.conduct.application.AttendanceDay;
import fr.sessiontp.conduct.application.ConductQueries;
import fr.sessiontp.conduct.application.InformationSheets;
import fr.sessiontp.conduct.application.JuryReception;
import fr.sessiontp.conduct.application.OpeningDay;
import fr.sessiontp.conduct.application.RecordIncident;
import fr.sessiontp.conduct.application.SiteStaff;
import fr.sessiontp.conduct.domain.Step;
import fr.sessiontp.conduct.persistence.ConductRepository.InformationSheet;
import fr.sessiontp.documents.DocumentMeta;
import fr.sessiontp.documents.DocumentRenderer;
import fr.sessiontp.people.PeopleDirectory;
import fr.sessiontp.planning.Deroules;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The on-site page of a session (tablet and desktop), its actions, the attendance sheet and the information sheet. */
@Controller
class ConductController {

    private final Sessions sessions;
    private final ConductQueries queries;
    private final OpeningDay opening;
    private final SiteStaff staff;
    private final JuryReception reception;
    private final RecordIncident incidents;
    private final InformationSheets sheets;
    private final Referential referential;
    private final PeopleDirectory people;
    private final DocumentRenderer renderer;
    private final Deroules deroules;
    private final AttendanceDay attendanceDay;
    private final Clock clock;

    ConductController(Sessions sessions, ConductQueries queries, OpeningDay opening, SiteStaff staff,
                      JuryReception reception, RecordIncident incidents, InformationSheets sheets,
                      Referential referential, PeopleDirectory people, DocumentRenderer renderer,
                      Deroules deroules, AttendanceDay attendanceDay, Clock clock) {
        this.deroules = deroules;
        this.attendanceDay = attendanceDay;
        this.clock = clock;
        this.sessions = sessions;
        this.queries = queries;
        this.opening = opening;
        this.staff = staff;
        this.reception = reception;
        this.incidents = incidents;
        this.sheets = sheets;
        this.referential = referential;
        this.people = people;
        this.renderer = renderer;
    }

    @GetMapping("/sessions/{id}/conduct")
    String show(@PathVariable long id, Model model) {
        return page(visible(id), model, null, null, Map.of());
    }

    @PostMapping("/sessions/{id}/conduct/open")
    String open(@PathVariable long id, Model model) {
        return act(managed(id), model, "opening", Map.of(), () -> opening.open(id));
    }

    @PostMapping("/sessions/{id}/conduct/checkins/{candidateId}")
    String checkIn(@PathVariable long id, @PathVariable long candidateId,
                   @RequestParam(required = false) boolean convocation, @RequestParam(required = false) boolean identity,
                   @RequestParam(required = false) boolean outfit, Model model) {
        return act(managed(id), model, "checkin", Map.of("candidateId", String.valueOf(candidateId)),
                () -> opening.checkIn(id, candidateId, convocation, identity, outfit));
    }

    @PostMapping("/sessions/{id}/conduct/absences/{candidateId}")
    String absent(@PathVariable long id, @PathVariable long candidateId, Model model) {
        return act(managed(id), model, "checkin", Map.of(), () -> opening.markAbsent(id, candidateId));
    }

    @PostMapping("/sessions/{id}/conduct/envelopes")
    String envelopes(@PathVariable long id, @RequestParam(required = false) String sealed,
                     @RequestParam(required = false) String witnessId, @RequestParam(required = false) String note,
                     Model model) {
        return act(managed(id), model, "envelopes", Map.of("witnessId", text(witnessId), "note", text(note),
                        "sealed", text(sealed)),
                () -> {
                    if (!"true".equals(sealed) && !"false".equals(sealed)) {
                        throw new InputRejectedException("sealed", Messages.get("conduct.error.sealedRequired"));
                    }
                    opening.checkEnvelopes(id, Boolean.parseBoolean(sealed), optional(witnessId, "witnessId"), note);
                });
    }

    @PostMapping("/sessions/{id}/conduct/envelopes/content")
    String content(@PathVariable long id, @RequestParam(required = false) String matches,
                   @RequestParam(required = false) String note, Model model) {
        return act(managed(id), model, "content", Map.of("contentNote", text(note)),
                () -> opening.checkContent(id, "true".equals(matches), note));
    }

    @PostMapping("/sessions/{id}/conduct/steps")
    String step(@PathVariable long id, @RequestParam(required = false) String step, Model model) {
        Step parsed = parseStep(step);
        String section = parsed != null && parsed.rule() == fr.sessiontp.common.RuleId.O7 ? "instructions" : "reception";
        return act(managed(id), model, section, Map.of(), () -> {
            if (parsed == null) {
                throw new InputRejectedException("step", Messages.get("conduct.error.stepUnknown"));
            }
            if (parsed.rule() == fr.sessiontp.common.RuleId.O7) {
                opening.recordStep(id, parsed);
            } else {
                reception.recordItem(id, parsed);
            }
        });
    }

    @PostMapping("/sessions/{id}/conduct/start")
    String start(@PathVariable long id, Model model) {
        return act(managed(id), model, "start", Map.of(), () -> opening.startEpreuves(id));
    }

    @PostMapping("/sessions/{id}/conduct/dte")
    String dte(@PathVariable long id, @RequestParam(required = false) String epreuveCode,
               @RequestParam(required = false) String recipient, Model model) {
        return act(managed(id), model, "dte", Map.of("epreuveCode", text(epreuveCode), "recipient", text(recipient)),
                () -> {
                    String r = text(recipient);
                    Long candidate = r.startsWith("c-") ? optional(r.substring(2), "recipient") : null;
                    Long member = r.startsWith("j-") ? optional(r.substring(2), "recipient") : null;
                    opening.handDte(id, text(epreuveCode), candidate, member);
                });
    }

    @PostMapping("/sessions/{id}/conduct/late")
    String late(@PathVariable long id, @RequestParam(required = false) String candidateId,
                @RequestParam(required = false) String epreuveCode, @RequestParam(required = false) String arrivedAt,
                @RequestParam(required = false) String plannedEnd, @RequestParam(required = false) String endTime,
                @RequestParam(required = false) String admitted, @RequestParam(required = false) boolean convocation,
                @RequestParam(required = false) boolean identity, @RequestParam(required = false) boolean outfit,
                Model model) {
        Map<String, String> typed = Map.of("lateCandidateId", text(candidateId), "lateEpreuve", text(epreuveCode),
                "arrivedAt", text(arrivedAt), "plannedEnd", text(plannedEnd), "endTime", text(endTime));
        return act(managed(id), model, "late", typed, () -> opening.recordLateArrival(id,
                required(candidateId, "candidateId"), text(epreuveCode), time(arrivedAt, "arrivedAt"),
                plannedEnd == null || plannedEnd.isBlank() ? null : time(plannedEnd, "plannedEnd"), endTime == null || endTime.isBlank() ? null : time(endTime, "endTime"),
                "true".equals(admitted), new OpeningDay.IdentityChecks(convocation, identity, outfit)));
    }

    @PostMapping("/sessions/{id}/conduct/manager")
    String manager(@PathVariable long id, @RequestParam(required = false) String managerId,
                   @RequestParam(required = false) String fromTime, Model model) {
        return act(managed(id), model, "site-staff", Map.of("fromTime", text(fromTime)),
                () -> staff.actingManager(id, required(managerId, "managerId"), time(fromTime, "fromTime")));
    }

    @PostMapping("/sessions/{id}/conduct/manager/end")
    String endPresence(@PathVariable long id, @RequestParam(required = false) String untilTime, Model model) {
        return act(managed(id), model, "site-staff", Map.of("untilTime", text(untilTime)),
                () -> staff.endPresence(id, time(untilTime, "untilTime")));
    }

    @PostMapping("/sessions/{id}/conduct/briefings")
    String brief(@PathVariable long id, @RequestParam(required = false) String proctorId, Model model) {
        return act(managed(id), model, "proctors", Map.of(), () -> staff.brief(id, required(proctorId, "proctorId")));
    }

    @PostMapping("/sessions/{id}/conduct/sittings")
    String sitting(@PathVariable long id, @RequestParam(required = false) String proctorId,
                   @RequestParam(required = false) String epreuveCode, Model model) {
        return act(managed(id), model, "proctors", Map.of("sittingEpreuve", text(epreuveCode)),
                () -> staff.startSitting(id, required(proctorId, "proctorId"), text(epreuveCode)));
    }

    @PostMapping("/sessions/{id}/conduct/plateau")
    String plateau(@PathVariable long id, @RequestParam(required = false) String trainerId, Model model) {
        return act(managed(id), model, "plateau", Map.of(),
                () -> staff.trainerOnPlateau(id, required(trainerId, "trainerId")));
    }

    @PostMapping("/sessions/{id}/conduct/jury/{memberId}/confirm")
    String confirm(@PathVariable long id, @PathVariable long memberId, Model model) {
        SessionView session = visible(id);
        CurrentUser user = UserAccounts.required();
        boolean self = user.is(Role.JURY) && user.person().filter(p -> p == memberId).isPresent();
        if (!self && !session.isManagedBy(user)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return act(session, model, "reception", Map.of(), () -> reception.confirmNoLink(id, memberId));
    }

    @PostMapping("/sessions/{id}/conduct/draws")
    String draw(@PathVariable long id, @RequestParam(required = false) String epreuveCode,
                @RequestParam(required = false) String topics, Model model) {
        SessionView session = visible(id);
        if (!session.isManagedBy(UserAccounts.required()) && !UserAccounts.required().is(Role.JURY)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return act(session, model, "tools", Map.of("drawEpreuve", text(epreuveCode), "topics", text(topics)),
                () -> reception.drawTopic(id, text(epreuveCode), topics));
    }

    @PostMapping("/sessions/{id}/conduct/incidents")
    String incident(@PathVariable long id, @RequestParam(required = false) String candidateId,
                    @RequestParam(required = false) String kind, @RequestParam(required = false) String description,
                    @RequestParam(required = false) String witnesses,
                    @RequestParam(required = false) boolean witnessesConfirmed, Model model) {
        SessionView session = visible(id);
        if (!session.isManagedBy(UserAccounts.required()) && !UserAccounts.required().is(Role.PROCTOR)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Map<String, String> typed = Map.of("incidentCandidateId", text(candidateId), "kind", text(kind),
                "description", text(description), "witnesses", text(witnesses));
        return act(session, model, "incidents", typed, () -> incidents.record(id, required(candidateId, "candidateId"),
                text(kind), description, witnesses, witnessesConfirmed));
    }

    @GetMapping("/sessions/{id}/conduct/attendance.pdf")
    ResponseEntity<byte[]> attendance(@PathVariable long id, @RequestParam(required = false) String day) {
        SessionView session = managed(id);
        LocalDate date;
        try {
            date = day == null || day.isBlank() ? session.summary().startDate() : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            date = session.summary().startDate();
        }
        if (date.isBefore(session.summary().startDate()) || date.isAfter(session.summary().endDate())) {
            date = session.summary().startDate();
        }
        String title = Messages.get("conduct.attendance.title", session.summary().number());
        Map<String, Object> model = new HashMap<>();
        model.put("s", session);
        model.put("day", date);
        model.put("state", queries.state(id));
        model.put("epreuves", attendanceDay.epreuves(session, date));
        byte[] pdf = renderer.renderPdf("conduct/documents/attendance", model, DocumentMeta.french(title,
                session.centre().name(), Messages.get("conduct.attendance.subject"), clock.instant()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("emargement-" + session.summary().number() + "-" + date + ".pdf").build().toString())
                .body(pdf);
    }

    /** The attendance sheet of one sitting of the déroulé: its épreuve, times, room, proctor or jury, candidates. */
    @GetMapping("/sessions/{id}/conduct/sittings/{index}/attendance.pdf")
    ResponseEntity<byte[]> sittingAttendance(@PathVariable long id, @PathVariable int index) {
        SessionView session = managed(id);
        Deroules.Sitting sitting = deroules.sitting(id, index)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<Long, String> staffNames = new HashMap<>();
        session.proctors().forEach(p -> staffNames.put(p.id(), p.displayName()));
        List<String> supervisors = sitting.proctorId() != null
                ? List.of(staffNames.getOrDefault(sitting.proctorId(), "—"))
                : session.juryPairs().stream().flatMap(p -> p.members().stream()).filter(java.util.Objects::nonNull)
                        .filter(m -> sitting.juryMemberIds().contains(m.id())).map(m -> m.displayName()).distinct()
                        .toList();
        String title = Messages.get("conduct.sittingAttendance.title", sitting.epreuveLabel(),
                session.summary().number());
        Map<String, Object> model = new HashMap<>();
        model.put("s", session);
        model.put("sitting", sitting);
        model.put("supervisors", String.join(", ", supervisors));
        model.put("byJury", sitting.proctorId() == null);
        model.put("candidates", session.candidates().stream()
                .filter(c -> sitting.candidateIds().contains(c.id())).toList());
        model.put("state", queries.state(id));
        byte[] pdf = renderer.renderPdf("conduct/documents/sitting-attendance", model, DocumentMeta.french(title,
                session.centre().name(), Messages.get("conduct.attendance.subject"), clock.instant()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("emargement-" + session.summary().number() + "-seance-" + index + ".pdf").build()
                        .toString())
                .body(pdf);
    }

    @GetMapping("/sessions/{id}/conduct/candidates/{candidateId}/sheet")
    String sheet(@PathVariable long id, @PathVariable long candidateId, Model model) {
        SessionView session = managed(id);
        InformationSheet sheet;
        try {
            sheet = sheets.sheet(id, candidateId);
        } catch (InputRejectedException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return sheetPage(session, candidateId, sheet, Map.of(), model);
    }

    @PostMapping("/sessions/{id}/conduct/candidates/{candidateId}/sheet")
    String saveSheet(@PathVariable long id, @PathVariable long candidateId,
                     @RequestParam(required = false) String address, @RequestParam(required = false) String postalCode,
                     @RequestParam(required = false) String city, @RequestParam(required = false) String phone,
                     Model model) {
        SessionView session = managed(id);
        if (session.candidates().stream().noneMatch(c -> c.id() == candidateId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        InformationSheet sheet = new InformationSheet(address, postalCode, city, phone);
        try {
            sheets.complete(id, candidateId, sheet);
            return "redirect:/sessions/" + id + "/conduct?sheet#checkin";
        } catch (InputRejectedException e) {
            return sheetPage(session, candidateId, sheet, e.fieldErrors(), model);
        }
    }

    private String sheetPage(SessionView session, long candidateId, InformationSheet sheet, Map<String, String> errors,
                             Model model) {
        model.addAttribute("s", session);
        model.addAttribute("candidate", session.candidates().stream().filter(c -> c.id() == candidateId).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("sheet", sheet);
        model.addAttribute("errors", errors);
        return "conduct/sheet";
    }

    // ---- page ----

    /** Runs an action: back to the page on success; on refusal, the page with the message in that section. */
    private String act(SessionView session, Model model, String section, Map<String, String> typed, Runnable action) {
        String error;
        try {
            action.run();
            return "redirect:/sessions/" + session.id() + "/conduct?done#" + section;
        } catch (InputRejectedException e) {
            error = String.join(" ", e.fieldErrors().values());
        } catch (RuleViolationException e) {
            error = e.displayMessage();
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return page(sessions.session(session.id()).orElseThrow(), model, section, error, typed);
    }

    private String page(SessionView session, Model model, String errorSection, String error, Map<String, String> typed) {
        CurrentUser user = UserAccounts.required();
        boolean isStaff = session.isManagedBy(user);
        if (!isStaff && !user.is(Role.JURY) && !user.is(Role.PROCTOR)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("s", session);
        model.addAttribute("state", queries.state(session.id()));
        model.addAttribute("staff", isStaff);
        model.addAttribute("jury", user.is(Role.JURY));
        model.addAttribute("proctor", user.is(Role.PROCTOR));
        model.addAttribute("me", user.personId());
        model.addAttribute("errorSection", errorSection);
        model.addAttribute("error", error);
        model.addAttribute("typed", typed);
        model.addAttribute("status", session.summary().status().name());
        model.addAttribute("onSite", session.summary().status().isOnSite());
        model.addAttribute("statusReason", sessions.statusReason(session.id()).orElse(null));
        model.addAttribute("epreuves", referential.epreuvesOfVersion(session.summary().reVersionId(), session.summary().type()));
        model.addAttribute("steps", Map.of("O7", Step.of(fr.sessiontp.common.RuleId.O7),
                "J1", Step.of(fr.sessiontp.common.RuleId.J1), "J3", Step.of(fr.sessiontp.common.RuleId.J3)));
        model.addAttribute("juryMembers", session.juryPairs().stream().flatMap(p -> p.members().stream())
                .filter(java.util.Objects::nonNull).distinct().toList());
        Map<Long, String> juryNames = new HashMap<>();
        session.juryPairs().stream().flatMap(p -> p.members().stream()).filter(java.util.Objects::nonNull)
                .forEach(m -> juryNames.put(m.id(), m.displayName()));
        model.addAttribute("juryNames", juryNames);
        model.addAttribute("trainers", isStaff ? people.trainersOfCentre(session.centre().id()) : List.of());
        model.addAttribute("candidateNames", session.candidates().stream()
                .collect(Collectors.toMap(c -> c.id(), c -> c.displayName())));
        Map<Long, String> names = new LinkedHashMap<>();
        session.proctors().forEach(p -> names.put(p.id(), p.displayName()));
        model.addAttribute("proctorNames", names);
        Map<Long, String> managers = new LinkedHashMap<>();
        if (session.manager() != null) {
            managers.put(session.manager().id(), session.manager().displayName());
        }
        if (session.substitute() != null) {
            managers.put(session.substitute().id(), session.substitute().displayName());
        }
        model.addAttribute("managerNames", managers);
        Map<String, String> epreuveLabels = new HashMap<>();
        referential.epreuvesOfVersion(session.summary().reVersionId(), session.summary().type())
                .forEach(e -> epreuveLabels.put(e.code(), e.label()));
        model.addAttribute("epreuveLabels", epreuveLabels);
        model.addAttribute("days", session.summary().startDate().datesUntil(session.summary().endDate().plusDays(1))
                .limit(31).toList());
        model.addAttribute("sittings", isStaff ? deroules.sittings(session.id()) : List.of());
        model.addAttribute("tomorrow", LocalDate.now(clock).plusDays(1).equals(session.summary().startDate()));
        return "conduct/conduct";
    }

    // ---- access and input ----


    private SessionView visible(long id) {
        return sessions.sessionVisibleTo(UserAccounts.required(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The session, if the user is staff of its centre (ADMIN or SESSION_MANAGER); 404 otherwise. */
    private SessionView managed(long id) {
        return sessions.sessionManagedBy(UserAccounts.required(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Step parseStep(String value) {
        try {
            return value == null ? null : Step.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static long required(String value, String field) {
        Long id = optional(value, field);
        if (id == null) {
            throw new InputRejectedException(field, Messages.get("conduct.error.choose"));
        }
        return id;
    }

    private static Long optional(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InputRejectedException(field, Messages.get("conduct.error.choose"));
        }
    }

    private static LocalTime time(String value, String field) {
        try {
            return LocalTime.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new InputRejectedException(field, Messages.get("conduct.error.time"));
        }
    }
}

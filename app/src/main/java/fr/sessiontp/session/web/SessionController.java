package fr.sessiontp.session.web;

import fr.sessiontp.centre.Accreditation;
import fr.sessiontp.centre.Centres;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.people.PeopleDirectory;
import fr.sessiontp.people.ProctorSummary;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.referential.SessionType;
import fr.sessiontp.referential.Title;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionDetails;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The session page, and for the centre's staff the pages to create, edit and staff a session. A refusal is shown in
 * the form it comes from, with its rule ID, keeping what the user chose.
 */
@Controller
class SessionController {

    private final Sessions sessions;
    private final Referential referential;
    private final Centres centres;
    private final PeopleDirectory people;

    SessionController(Sessions sessions, Referential referential, Centres centres, PeopleDirectory people) {
        this.sessions = sessions;
        this.referential = referential;
        this.centres = centres;
        this.people = people;
    }

    // ---- the session page ----

    /** Candidates offered in the "enrol" list at once; a centre with more gets a search field to narrow them. */
    static final int ENROL_CHOICES = 50;

    @GetMapping("/sessions/{id}")
    String show(@PathVariable long id, @RequestParam(name = "q", required = false) String candidateSearch, Model model) {
        model.addAttribute("candidateSearch", searchText(candidateSearch));
        return page(visible(id), model);
    }

    // ---- create and edit ----

    @GetMapping("/sessions/new")
    String newSession(Model model) {
        return form(model, null, SessionForm.empty(), Map.of());
    }

    @PostMapping("/sessions/new")
    String create(@ModelAttribute SessionForm form, Model model) {
        long centreId = UserAccounts.required().centre().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, String> errors = new LinkedHashMap<>();
        SessionDetails details = form.toDetails(errors);
        if (errors.isEmpty()) {
            try {
                long id = sessions.createSession(centreId, details);
                return "redirect:/sessions/" + id + "?created";
            } catch (InputRejectedException e) {
                errors.putAll(e.fieldErrors());
            } catch (RuleViolationException e) {
                errors.put("global", e.displayMessage());
            }
        }
        return form(model, null, form, errors);
    }

    @GetMapping("/sessions/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        SessionView session = managed(id);
        return form(model, session, SessionForm.of(session), Map.of());
    }

    @PostMapping("/sessions/{id}/edit")
    String save(@PathVariable long id, @ModelAttribute SessionForm form, Model model) {
        SessionView session = managed(id);
        Map<String, String> errors = new LinkedHashMap<>();
        SessionDetails details = form.toDetails(errors);
        if (errors.isEmpty()) {
            try {
                sessions.editSession(id, details);
                return "redirect:/sessions/" + id + "?saved";
            } catch (InputRejectedException e) {
                errors.putAll(e.fieldErrors());
            } catch (RuleViolationException e) {
                errors.put("global", e.displayMessage());
            }
        }
        return form(model, session, form, errors);
    }

    // ---- staffing: enrolments, jury pairs, proctors ----

    @PostMapping("/sessions/{id}/enrolments")
    String enrol(@PathVariable long id, @RequestParam(required = false) String candidateId,
                 @RequestParam(name = "q", required = false) String candidateSearch, Model model) {
        managed(id);
        // a refused choice is shown again in the list it was picked from
        model.addAttribute("candidateSearch", searchText(candidateSearch));
        return change(id, model, "enrol", Map.of("candidateId", text(candidateId)),
                () -> sessions.enrolCandidate(id, required(candidateId, "candidateId")));
    }

    @PostMapping("/sessions/{id}/enrolments/{candidateId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long candidateId, Model model) {
        managed(id);
        return change(id, model, "enrol", Map.of(), () -> sessions.withdrawCandidate(id, candidateId));
    }

    @PostMapping("/sessions/{id}/enrolments/{candidateId}/pair")
    String assign(@PathVariable long id, @PathVariable long candidateId,
                  @RequestParam(required = false) String pairId, Model model) {
        managed(id);
        return change(id, model, "assign", Map.of("assignCandidateId", String.valueOf(candidateId), "pairId", text(pairId)),
                () -> sessions.assignCandidateToPair(id, candidateId, optional(pairId, "pairId")));
    }

    @PostMapping("/sessions/{id}/pairs")
    String formPair(@PathVariable long id, @RequestParam(required = false) String memberAId,
                    @RequestParam(required = false) String memberBId, Model model) {
        managed(id);
        return change(id, model, "pair", Map.of("memberAId", text(memberAId), "memberBId", text(memberBId)),
                () -> sessions.formJuryPair(id, required(memberAId, "memberAId"), required(memberBId, "memberBId")));
    }

    @PostMapping("/sessions/{id}/pairs/{pairId}/dissolve")
    String dissolve(@PathVariable long id, @PathVariable long pairId, Model model) {
        managed(id);
        return change(id, model, "pair", Map.of(), () -> sessions.dissolveJuryPair(id, pairId));
    }

    @PostMapping("/sessions/{id}/proctors")
    String assignProctor(@PathVariable long id, @RequestParam(required = false) String proctorId, Model model) {
        managed(id);
        return change(id, model, "proctor", Map.of("proctorId", text(proctorId)),
                () -> sessions.assignProctor(id, required(proctorId, "proctorId")));
    }

    @PostMapping("/sessions/{id}/proctors/{proctorId}/remove")
    String removeProctor(@PathVariable long id, @PathVariable long proctorId, Model model) {
        managed(id);
        return change(id, model, "proctor", Map.of(), () -> sessions.removeProctor(id, proctorId));
    }

    // ---- lifecycle ----

    @PostMapping("/sessions/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam(required = false) String target,
                        @RequestParam(required = false) String reason, Model model) {
        managed(id);
        SessionStatus status = parseStatus(target);
        String error;
        try {
            if (status == null) {
                throw new InputRejectedException("target", Messages.get("session.error.statusRequired"));
            }
            sessions.changeStatusByHand(id, status, reason);
            return "redirect:/sessions/" + id + "?status#lifecycle";
        } catch (InputRejectedException e) {
            error = String.join(" ", e.fieldErrors().values());
        } catch (RuleViolationException e) {
            error = e.displayMessage();
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("lifecycleError", error);
        model.addAttribute("typed", Map.of("reason", text(reason)));
        return page(sessions.session(id).orElseThrow(), model);
    }

    private static SessionStatus parseStatus(String value) {
        if (value == null) {
            return null;
        }
        try {
            return SessionStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Runs a staffing change: back to the page on success; on refusal, the page with the message in that form. */
    private String change(long id, Model model, String form, Map<String, String> typed, Runnable action) {
        String error;
        try {
            action.run();
            return "redirect:/sessions/" + id + "#" + form;
        } catch (InputRejectedException e) {
            error = String.join(" ", e.fieldErrors().values());
        } catch (RuleViolationException e) {
            error = e.displayMessage();
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute(form + "Error", error);
        model.addAttribute("typed", typed);
        return page(sessions.session(id).orElseThrow(), model);
    }

    private String page(SessionView session, Model model) {
        model.addAttribute("s", session);
        if (!model.containsAttribute("candidateSearch")) {
            model.addAttribute("candidateSearch", "");
        }
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        model.addAttribute("epreuves", referential.epreuvesOfVersion(session.summary().reVersionId(), session.summary().type()));
        boolean staff = session.isManagedBy(UserAccounts.required());
        model.addAttribute("staff", staff);
        model.addAttribute("nextStatuses", sessions.manualNextStatuses(session.summary().status()));
        model.addAttribute("canCancel", sessions.nextStatuses(session.summary().status()).contains(SessionStatus.CANCELLED));
        model.addAttribute("statusReason", sessions.statusReason(session.id()).orElse(null));
        CurrentUser current = UserAccounts.required();
        model.addAttribute("conductVisible", staff || current.is(Role.JURY) || current.is(Role.PROCTOR));
        if (staff) {
            // S7: the responsable must be the one the centre's accreditation names; otherwise the DREETS is informed
            model.addAttribute("s7", session.manager() == null ? null : centres.responsableMatchesAccreditation(
                    session.centre().id(), session.summary().titleId(), session.summary().startDate(),
                    session.summary().endDate(), session.manager().lastName(), session.manager().firstName())
                    .firstRefusal().orElse(null));
            Set<Long> enrolled = session.candidates().stream().map(CandidateSummary::id).collect(Collectors.toSet());
            // a centre may have thousands of candidates: offer the first ones by name, and a search for the others
            String search = (String) model.getAttribute("candidateSearch");
            List<CandidateSummary> enrollable = people.candidatesOfCentreMatching(session.centre().id(), search, enrolled,
                    ENROL_CHOICES + 1);
            Set<Long> inPairs = session.juryPairs().stream().flatMap(p -> p.members().stream())
                    .map(JuryMemberSummary::id).collect(Collectors.toSet());
            // only members habilitated for the title (S2 refuses the others): the national list has tens of thousands
            List<JuryMemberChoice> members = people.juryMembersHabilitatedFor(session.summary().titleId()).stream()
                    .filter(m -> !inPairs.contains(m.id()))
                    .map(m -> JuryMemberChoice.of(m, session))
                    .sorted(Comparator.comparing((JuryMemberChoice j) -> !j.covers())
                            .thenComparing(j -> j.member().displayName()))
                    .toList();
            Set<Long> proctoring = session.proctors().stream().map(ProctorSummary::id).collect(Collectors.toSet());
            List<ProctorSummary> proctors = people.proctorsOfCentre(session.centre().id()).stream()
                    .filter(p -> !proctoring.contains(p.id())).toList();
            model.addAttribute("enrollable", enrollable.subList(0, Math.min(enrollable.size(), ENROL_CHOICES)));
            model.addAttribute("enrollableMore", enrollable.size() > ENROL_CHOICES);
            model.addAttribute("enrolChoices", ENROL_CHOICES);
            model.addAttribute("juryChoices", members);
            model.addAttribute("proctorChoices", proctors);
        }
        return "session/session";
    }

    private String form(Model model, SessionView session, SessionForm form, Map<String, String> errors) {
        long centreId = session != null ? session.centre().id()
                : UserAccounts.required().centre().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Set<Long> accredited = centres.accreditations(centreId).stream().map(Accreditation::titleId)
                .collect(Collectors.toSet());
        List<Title> titles = referential.titles().stream().filter(t -> accredited.contains(t.id())).toList();
        model.addAttribute("editing", session);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("titles", titles);
        model.addAttribute("types", SessionType.values());
        model.addAttribute("managers", people.sessionManagersOfCentre(centreId));
        model.addAttribute("accreditations", centres.accreditations(centreId));
        return "session/form";
    }

    /** A jury member to choose for a pair, with what their habilitation says for this session. */
    record JuryMemberChoice(JuryMemberSummary member, String habilitation, boolean covers) {
        static JuryMemberChoice of(JuryMemberSummary member, SessionView session) {
            long title = session.summary().titleId();
            boolean covers = member.habilitations().stream()
                    .anyMatch(h -> h.covers(title, session.summary().startDate(), session.summary().endDate()));
            String text = member.habilitations().stream().filter(h -> h.titleId() == title)
                    .map(h -> Messages.get("session.page.habilitationFromTo",
                            h.validFrom().format(DATE), h.validUntil().format(DATE)))
                    .collect(Collectors.joining(", "));
            return new JuryMemberChoice(member, text.isEmpty()
                    ? Messages.get("session.page.notHabilitated") : text, covers);
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    // ---- access ----

    private SessionView visible(long id) {
        return sessions.sessionVisibleTo(UserAccounts.required(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The session, if the user is staff of its centre (ADMIN or SESSION_MANAGER); 404 otherwise. */
    private SessionView managed(long id) {
        return sessions.sessionManagedBy(UserAccounts.required(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String searchText(String value) {
        String text = value == null ? "" : value.strip();
        return text.length() > 100 ? text.substring(0, 100) : text;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static long required(String value, String field) {
        Long id = optional(value, field);
        if (id == null) {
            throw new InputRejectedException(field, Messages.get("session.error.choose"));
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
            throw new InputRejectedException(field, Messages.get("session.error.choose"));
        }
    }
}

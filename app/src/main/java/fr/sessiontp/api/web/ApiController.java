package fr.sessiontp.api.web;

import fr.sessiontp.api.application.ImportSessionCandidates;
import fr.sessiontp.common.Messages;
import fr.sessiontp.people.CandidateImport;
import fr.sessiontp.planning.Deroules;
import fr.sessiontp.results.CeresExport;
import fr.sessiontp.results.CeresFile;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionSummary;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API for a centre's other systems, authenticated by an API token (role API_CLIENT, the token's centre):
 * every session is looked up within the caller's centre, and another centre's session is "not found".
 */
@RestController
class ApiController {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private final Sessions sessions;
    private final Deroules deroules;
    private final ImportSessionCandidates importCandidates;
    private final CeresExport ceres;
    private final CandidateRowsReader reader;

    ApiController(Sessions sessions, Deroules deroules, ImportSessionCandidates importCandidates, CeresExport ceres,
                  JsonMapper mapper) {
        this.sessions = sessions;
        this.deroules = deroules;
        this.ceres = ceres;
        this.importCandidates = importCandidates;
        this.reader = new CandidateRowsReader(mapper);
    }

    @GetMapping(path = "/api/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiJson.Page<ApiJson.SessionItem> sessions(@RequestParam(required = false) String page,
                                               @RequestParam(required = false) String size) {
        CurrentUser caller = UserAccounts.required();
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE,
                Messages.get("api.error.page"));
        int pageSize = number("size", size, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE,
                Messages.get("api.error.size", MAX_PAGE_SIZE));
        long total = sessions.countSessionsVisibleTo(caller);
        List<SessionSummary> items = sessions.sessionsVisibleTo(caller, pageNumber, pageSize);
        return new ApiJson.Page<>(items.stream().map(ApiJson.SessionItem::of).toList(), pageNumber, pageSize, total,
                (total + pageSize - 1) / pageSize);
    }

    @GetMapping(path = "/api/sessions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiJson.SessionDetail session(@PathVariable long id) {
        return ApiJson.SessionDetail.of(sessionOfCaller(id));
    }

    @PostMapping(path = "/api/sessions/{id}/candidates", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApiJson.ImportResult> importCandidates(@PathVariable long id,
                                                          @RequestBody(required = false) String body) {
        CurrentUser caller = UserAccounts.required();
        sessionOfCaller(id);
        CandidateImport result = importCandidates.importInto(caller, id, reader.read(body));
        if (!result.succeeded()) {
            throw CandidateRowsReader.invalid(result.errors().stream()
                    .map(e -> new ApiProblem.FieldError(e.index(), e.field(), e.message())).toList());
        }
        SessionView session = sessionOfCaller(id);
        Map<Long, String> identifiers = identifiers(session);
        List<ApiJson.CandidateRef> imported = new ArrayList<>();
        result.importedIds().forEach(candidateId -> imported.add(new ApiJson.CandidateRef(candidateId,
                identifiers.get(candidateId))));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ApiJson.ImportResult(id, imported.size(), imported));
    }

    @GetMapping(path = "/api/sessions/{id}/deroule", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiJson.Deroule deroule(@PathVariable long id) {
        SessionView session = sessionOfCaller(id);
        Map<Long, String> identifiers = identifiers(session);
        List<ApiJson.Sitting> sittings = deroules.sittings(id).stream()
                .map(s -> ApiJson.Sitting.of(s, identifiers)).toList();
        return new ApiJson.Deroule(id, session.summary().number(), !sittings.isEmpty(), sittings);
    }

    /**
     * The session's results in the CERES JSON format (docs/ceres-export.md), once the export's check passes (A1);
     * otherwise 409 with every problem the check found.
     */
    @GetMapping(path = "/api/sessions/{id}/results", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> results(@PathVariable long id) {
        sessionOfCaller(id);
        CeresFile file = ceres.json(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType())).body(file.content());
    }

    /** The session if it belongs to the caller's centre; otherwise 404, whether it exists or not. */
    private SessionView sessionOfCaller(long id) {
        CurrentUser caller = UserAccounts.required();
        return sessions.sessionVisibleTo(caller, id)
                .filter(s -> caller.centre().filter(c -> c == s.centre().id()).isPresent())
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, Messages.get("api.error.notFound.title"),
                        Messages.get("api.error.sessionNotFound"), List.of()));
    }

    private static Map<Long, String> identifiers(SessionView session) {
        Map<Long, String> identifiers = new HashMap<>();
        session.candidates().forEach(c -> identifiers.put(c.id(), c.identifier()));
        return identifiers;
    }

    private static int number(String name, String text, int byDefault, int min, int max, String rule) {
        if (text == null || text.isBlank()) {
            return byDefault;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw CandidateRowsReader.badRequest(Messages.get("api.error.parameter", name, rule),
                List.of(new ApiProblem.FieldError(null, name, rule)));
    }
}

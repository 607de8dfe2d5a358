package fr.sessiontp.people.web;

import fr.sessiontp.common.Messages;
import fr.sessiontp.people.application.ImportCandidates;
import fr.sessiontp.people.application.ImportJuryMembers;
import fr.sessiontp.people.application.ImportLayout;
import fr.sessiontp.people.application.ImportPreview;
import fr.sessiontp.people.application.ImportReport;
import fr.sessiontp.people.application.SpreadsheetReader;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload pages for the candidates' and jury members' spreadsheets, with their templates. */
@Controller
class ImportController {

    private static final String CANDIDATE_EXAMPLE =
            "DUPONT;MARTIN;Camille Marie;2026-0001;15/03/1990;camille.dupont@exemple.fr;Formation;0;;\n";
    private static final String JURY_EXAMPLE =
            "DURAND;Alex;alex.durand@exemple.fr;Cuisinier;Île-de-France;TP-00000;01/01/2026;31/12/2030\n";

    private final ImportCandidates importCandidates;
    private final ImportJuryMembers importJuryMembers;

    ImportController(ImportCandidates importCandidates, ImportJuryMembers importJuryMembers) {
        this.importCandidates = importCandidates;
        this.importJuryMembers = importJuryMembers;
    }

    @GetMapping("/people/candidates/import")
    String candidatesPage(Model model) {
        PeopleWeb.centre();
        return page(model, "candidates", null);
    }

    @GetMapping("/people/jury/import")
    String juryPage(Model model) {
        PeopleWeb.authority();
        return page(model, "jury", null);
    }

    /** A checked file waiting for the user's confirmation, kept in the user's session (scope: the centre, or the authority's user). */
    record PendingImport(String kind, long centreId, String filename, byte[] bytes) implements Serializable {
    }

    private static final int PREVIEW_LINES = 200;

    @PostMapping("/people/candidates/import")
    String previewCandidates(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                             HttpSession session) {
        long centre = PeopleWeb.centre();
        return preview(model, session, "candidates", centre, file,
                (name, bytes) -> importCandidates.preview(centre, name, bytes));
    }

    @PostMapping("/people/jury/import")
    String previewJury(@RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpSession session) {
        var authority = PeopleWeb.authority();
        return preview(model, session, "jury", authority.userId(), file,
                (name, bytes) -> importJuryMembers.preview(authority, name, bytes));
    }

    @PostMapping("/people/candidates/import/confirm")
    String confirmCandidates(Model model, HttpSession session) {
        long centre = PeopleWeb.centre();
        return confirm(model, session, "candidates", centre,
                pending -> importCandidates.importFile(centre, pending.filename(), pending.bytes()));
    }

    @PostMapping("/people/jury/import/confirm")
    String confirmJury(Model model, HttpSession session) {
        var authority = PeopleWeb.authority();
        return confirm(model, session, "jury", authority.userId(),
                pending -> importJuryMembers.importFile(authority, pending.filename(), pending.bytes()));
    }

    private interface Previewer {
        ImportPreview preview(String filename, byte[] bytes);
    }

    private static String sessionKey(String kind) {
        return "people.pendingImport." + kind;
    }

    private String preview(Model model, HttpSession session, String kind, long centre, MultipartFile file, Previewer previewer) {
        session.removeAttribute(sessionKey(kind));
        ImportReport refusal = checkUpload(file);
        if (refusal != null) {
            return page(model, kind, refusal);
        }
        try {
            byte[] bytes = file.getBytes();
            ImportPreview preview = previewer.preview(file.getOriginalFilename(), bytes);
            if (!preview.ready()) {
                return page(model, kind, preview.report());
            }
            session.setAttribute(sessionKey(kind), new PendingImport(kind, centre, file.getOriginalFilename(), bytes));
            model.addAttribute("preview", preview);
            model.addAttribute("previewLines", preview.lines().stream().limit(PREVIEW_LINES).toList());
            model.addAttribute("filename", file.getOriginalFilename());
            return page(model, kind, null);
        } catch (IOException | DataAccessException e) {
            return page(model, kind, ImportReport.refused(Messages.get("people.import.databaseError")));
        }
    }

    private String confirm(Model model, HttpSession session, String kind, long centre,
                           java.util.function.Function<PendingImport, ImportReport> importer) {
        Object attribute = session.getAttribute(sessionKey(kind));
        session.removeAttribute(sessionKey(kind));
        if (!(attribute instanceof PendingImport pending) || pending.centreId() != centre || !pending.kind().equals(kind)) {
            return page(model, kind, ImportReport.refused(Messages.get("people.import.nothingPending")));
        }
        try {
            return page(model, kind, importer.apply(pending));
        } catch (DataAccessException e) {
            return page(model, kind, ImportReport.refused(Messages.get("people.import.databaseError")));
        }
    }

    @GetMapping("/people/candidates/import/template.csv")
    ResponseEntity<byte[]> candidatesTemplate() {
        return template("modele-import-candidats.csv", ImportLayout.CANDIDATES, CANDIDATE_EXAMPLE);
    }

    @GetMapping("/people/jury/import/template.csv")
    ResponseEntity<byte[]> juryTemplate() {
        return template("modele-import-jury.csv", ImportLayout.JURY, JURY_EXAMPLE);
    }

    /** The refusal of an upload that is missing or too large, or {@code null}. */
    private static ImportReport checkUpload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return ImportReport.refused(Messages.get("people.import.noFile"));
        }
        if (file.getSize() > SpreadsheetReader.MAX_BYTES) {
            return ImportReport.refused(Messages.get("people.import.file.tooLarge", SpreadsheetReader.MAX_BYTES / (1024 * 1024)));
        }
        return null;
    }

    private static String page(Model model, String kind, ImportReport report) {
        model.addAttribute("kind", kind);
        model.addAttribute("layout", kind.equals("jury") ? ImportLayout.JURY : ImportLayout.CANDIDATES);
        model.addAttribute("report", report);
        model.addAttribute("maxMegabytes", SpreadsheetReader.MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxRows", SpreadsheetReader.MAX_ROWS);
        return "people/import";
    }

    private static ResponseEntity<byte[]> template(String filename, ImportLayout layout, String example) {
        PeopleWeb.user();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (layout.templateHeader() + "\n" + example).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(all);
    }
}

package fr.sessiontp.people.web;

import fr.sessiontp.common.Messages;
import fr.sessiontp.people.application.ImportCandidates;
import fr.sessiontp.people.application.ImportJuryMembers;
import fr.sessiontp.people.application.ImportLayout;
import fr.sessiontp.people.application.ImportReport;
import fr.sessiontp.people.application.SpreadsheetReader;
import java.io.IOException;
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
        PeopleWeb.centre();
        return page(model, "jury", null);
    }

    @PostMapping("/people/candidates/import")
    String importCandidates(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        long centre = PeopleWeb.centre();
        return page(model, "candidates", run(file, (name, bytes) -> importCandidates.importFile(centre, name, bytes)));
    }

    @PostMapping("/people/jury/import")
    String importJury(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        PeopleWeb.centre();
        return page(model, "jury", run(file, importJuryMembers::importFile));
    }

    @GetMapping("/people/candidates/import/template.csv")
    ResponseEntity<byte[]> candidatesTemplate() {
        return template("modele-import-candidats.csv", ImportLayout.CANDIDATES, CANDIDATE_EXAMPLE);
    }

    @GetMapping("/people/jury/import/template.csv")
    ResponseEntity<byte[]> juryTemplate() {
        return template("modele-import-jury.csv", ImportLayout.JURY, JURY_EXAMPLE);
    }

    private interface Importer {
        ImportReport run(String filename, byte[] bytes);
    }

    private static ImportReport run(MultipartFile file, Importer importer) {
        if (file == null || file.isEmpty()) {
            return ImportReport.refused(Messages.get("people.import.noFile"));
        }
        if (file.getSize() > SpreadsheetReader.MAX_BYTES) {
            return ImportReport.refused(Messages.get("people.import.file.tooLarge", SpreadsheetReader.MAX_BYTES / (1024 * 1024)));
        }
        try {
            return importer.run(file.getOriginalFilename(), file.getBytes());
        } catch (IOException | DataAccessException e) {
            return ImportReport.refused(Messages.get("people.import.databaseError"));
        }
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
        PeopleWeb.centre();
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

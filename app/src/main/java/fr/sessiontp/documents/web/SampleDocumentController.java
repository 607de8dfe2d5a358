package fr.sessiontp.documents.web;

import fr.sessiontp.documents.DocumentRenderer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The example document, as a page and as a PDF/A file, from one template. */
@Controller
class SampleDocumentController {

    private final DocumentRenderer renderer;
    private final Clock clock;

    SampleDocumentController(DocumentRenderer renderer, Clock clock) {
        this.renderer = renderer;
        this.clock = clock;
    }

    @GetMapping("/documents/sample.pdf")
    ResponseEntity<byte[]> pdf() {
        byte[] pdf = renderer.renderPdf(SampleDocument.TEMPLATE, SampleDocument.model(),
                SampleDocument.meta(clock.instant()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("exemple-document.pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/documents/sample")
    ResponseEntity<String> html() {
        String html = renderer.renderHtml(SampleDocument.TEMPLATE, SampleDocument.model(),
                SampleDocument.meta(clock.instant()));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }
}

package fr.sessiontp.documents;

import java.time.Instant;
import java.util.Objects;

/**
 * What a PDF says about itself, written both in its document information dictionary and in its XMP
 * metadata (PDF/A requires the two to agree).
 *
 * @param title    the document's title, shown by readers instead of the file name
 * @param author   who issues the document, usually the centre's name
 * @param subject  a one-sentence description
 * @param language the natural language of the text, a BCP 47 tag ({@code fr-FR})
 * @param created  when the document was produced
 */
public record DocumentMeta(String title, String author, String subject, String language, Instant created) {

    public static final String FRENCH = "fr-FR";

    public DocumentMeta {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(created, "created");
        subject = subject == null ? "" : subject;
        language = language == null || language.isBlank() ? FRENCH : language;
    }

    /** A French document. */
    public static DocumentMeta french(String title, String author, String subject, Instant created) {
        return new DocumentMeta(title, author, subject, FRENCH, created);
    }
}

package fr.sessiontp.documents.rendering;

import fr.sessiontp.documents.DocumentException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The TrueType fonts shipped in the jar (DejaVu Sans, free licence: resources/fonts/LICENSE-DejaVu.txt). Every
 * glyph of a PDF/A file must come from an embedded font: the print stylesheet names only this family, so no
 * system font is ever looked up.
 */
public final class DocumentFonts {

    public static final String FAMILY = "DejaVu Sans";
    public static final String REGULAR = "/fonts/DejaVuSans.ttf";
    public static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private static final byte[] REGULAR_BYTES = load(REGULAR);
    private static final byte[] BOLD_BYTES = load(BOLD);

    private DocumentFonts() {
    }

    public static byte[] regular() {
        return REGULAR_BYTES;
    }

    public static byte[] bold() {
        return BOLD_BYTES;
    }

    private static byte[] load(String resource) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DocumentException("Font missing from the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DocumentException("Cannot read the font " + resource, e);
        }
    }
}

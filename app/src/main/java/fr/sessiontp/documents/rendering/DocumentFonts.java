package fr.sessiontp.documents.rendering;

import fr.sessiontp.documents.DocumentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The TrueType fonts shipped in the jar (DejaVu Sans, free licence: resources/fonts/LICENSE-DejaVu.txt). Every
 * glyph of a PDF/A file must come from an embedded font: the print stylesheet names only this family, so no
 * system font is ever looked up.
 */
public final class DocumentFonts {

    public static final String FAMILY = "DejaVu Sans";
    public static final String REGULAR = "/fonts/DejaVuSans.ttf";
    public static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    /** Table tags, as the big-endian integers of the table directory (declared before the fonts that use them). */
    private static final int GSUB = tag("GSUB");
    private static final int HIDDEN_GSUB = tag("xSUB");

    private static final byte[] REGULAR_BYTES = withoutGlyphSubstitution(load(REGULAR));
    private static final byte[] BOLD_BYTES = withoutGlyphSubstitution(load(BOLD));

    private DocumentFonts() {
    }

    public static byte[] regular() {
        return REGULAR_BYTES;
    }

    public static byte[] bold() {
        return BOLD_BYTES;
    }

    /**
     * The font with its glyph substitution table (GSUB) hidden. PDFBox applies that table's ligatures to Latin text
     * ("fi" drawn as the single glyph "ﬁ"), and a reader then extracts "Identiﬁant": copy-paste and search miss the
     * word. Renaming the table's tag in the table directory makes PDFBox skip it; every glyph stays as it is.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy);
        int tables = buffer.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (buffer.getInt(entry) == GSUB) {
                buffer.putInt(entry, HIDDEN_GSUB);
            }
        }
        return copy;
    }

    private static int tag(String name) {
        return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
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

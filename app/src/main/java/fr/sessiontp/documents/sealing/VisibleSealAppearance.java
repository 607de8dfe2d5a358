package fr.sessiontp.documents.sealing;

import fr.sessiontp.documents.rendering.DocumentFonts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The visible seal block: a framed box of a few lines drawn in the bottom margin of the last page, between the
 * footer's text and the page number of the print stylesheet (which keeps a 20 mm bottom margin). Built as the
 * one-page "visual signature template" PDFBox copies the widget's rectangle and appearance from; the text uses
 * the embedded DejaVu Sans and RGB colours, as PDF/A requires.
 */
final class VisibleSealAppearance {

    private static final float MM = 72f / 25.4f;
    static final float WIDTH = 74 * MM;
    static final float HEIGHT = 15 * MM;
    private static final float LEFT = 100 * MM;
    private static final float BOTTOM = 2.5f * MM;
    private static final float FONT_SIZE = 6.5f;
    private static final float PADDING = 1.6f * MM;

    private VisibleSealAppearance() {
    }

    /** Where the block goes on a page of the given size. */
    static PDRectangle rectangle(PDRectangle page) {
        float left = Math.min(LEFT, page.getWidth() - WIDTH - 10 * MM);
        return new PDRectangle(page.getLowerLeftX() + left, page.getLowerLeftY() + BOTTOM, WIDTH, HEIGHT);
    }

    /** The template document PDFBox reads the appearance from (one page of {@code pageSize}, one signature field). */
    static InputStream template(PDRectangle pageSize, List<String> lines) throws IOException {
        try (PDDocument template = new PDDocument()) {
            PDPage page = new PDPage(pageSize);
            template.addPage(page);
            PDAcroForm acroForm = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(acroForm);
            PDSignatureField field = new PDSignatureField(acroForm);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            acroForm.setSignaturesExist(true);
            acroForm.setAppendOnly(true);
            acroForm.getCOSObject().setDirect(true);
            acroForm.getFields().add(field);
            PDRectangle rectangle = rectangle(pageSize);
            widget.setRectangle(rectangle);
            widget.setPrinted(true);
            widget.setPage(page);
            page.getAnnotations().add(widget);

            PDFormXObject form = new PDFormXObject(new PDStream(template));
            form.setResources(new PDResources());
            form.setFormType(1);
            form.setBBox(new PDRectangle(WIDTH, HEIGHT));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(form.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);

            PDFont font = PDType0Font.load(template, new ByteArrayInputStream(DocumentFonts.regular()), true);
            PDFont bold = PDType0Font.load(template, new ByteArrayInputStream(DocumentFonts.bold()), true);
            try (PDPageContentStream content = new PDPageContentStream(template, stream)) {
                content.setNonStrokingColor(0.957f, 0.965f, 0.973f);
                content.setStrokingColor(0.2f, 0.33f, 0.5f);
                content.setLineWidth(0.8f);
                content.addRect(0.4f, 0.4f, WIDTH - 0.8f, HEIGHT - 0.8f);
                content.fillAndStroke();
                content.setNonStrokingColor(0.07f, 0.07f, 0.07f);
                float y = HEIGHT - PADDING - FONT_SIZE;
                for (int i = 0; i < lines.size(); i++) {
                    PDFont lineFont = i == 0 ? bold : font;
                    content.beginText();
                    content.setFont(lineFont, FONT_SIZE);
                    content.newLineAtOffset(PADDING, y);
                    content.showText(fit(lines.get(i), lineFont, WIDTH - 2 * PADDING));
                    content.endText();
                    y -= FONT_SIZE * 1.3f;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            template.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    /** The line, shortened with an ellipsis if it is wider than the box. */
    private static String fit(String line, PDFont font, float width) throws IOException {
        String text = line.replaceAll("\\s+", " ").strip();
        if (font.getStringWidth(text) / 1000 * FONT_SIZE <= width) {
            return text;
        }
        while (!text.isEmpty() && font.getStringWidth(text + "…") / 1000 * FONT_SIZE > width) {
            text = text.substring(0, text.length() - 1);
        }
        return text + "…";
    }
}

package fr.sessiontp.people.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetReaderTest {

    @Test
    void readsSemicolonCsvWithBom() throws Exception {
        byte[] bytes = ("\uFEFFNom;Prénom\nDURAND;\"Alex; dit Al\"\n\n;\nMARTIN;Lou\n").getBytes(StandardCharsets.UTF_8);
        Spreadsheet sheet = SpreadsheetReader.read("jury.csv", bytes);
        assertThat(sheet.headers()).containsExactly("Nom", "Prénom");
        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.rows().get(0).cells()).containsExactly("DURAND", "Alex; dit Al");
        assertThat(sheet.rows().get(1).line()).isEqualTo(5);
    }

    @Test
    void readsCommaCsvWithoutBom() throws Exception {
        Spreadsheet sheet = SpreadsheetReader.read("a.csv", "Nom,Prénom\r\nDURAND,Alex\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(sheet.rows().get(0).cells()).containsExactly("DURAND", "Alex");
        assertThat(sheet.rows().get(0).line()).isEqualTo(2);
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWorkbookWithDatesAndNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Candidats");
            sheet.createRow(0).createCell(0).setCellValue("Identifiant");
            sheet.getRow(0).createCell(1).setCellValue("Date de naissance");
            sheet.createRow(1).createCell(0).setCellValue(12345);
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            var date = sheet.getRow(1).createCell(1);
            date.setCellValue(java.time.LocalDate.of(1990, 3, 15));
            date.setCellStyle(style);
            workbook.write(out);
        }
        Spreadsheet sheet = SpreadsheetReader.read("candidats.xlsx", out.toByteArray());
        assertThat(sheet.rows().get(0).cells()).containsExactly("12345", "1990-03-15");
    }

    @Test
    void refusesGarbageEmptyAndForeignFilesWithAFrenchMessage() {
        byte[] garbage = new byte[2000];
        new Random(42).nextBytes(garbage);
        assertThatThrownBy(() -> SpreadsheetReader.read("x.csv", garbage)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> SpreadsheetReader.read("x.xlsx", garbage)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("classeur Excel");
        byte[] fakeZip = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SpreadsheetReader.read("x.xlsx", fakeZip)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("classeur Excel");
        assertThatThrownBy(() -> SpreadsheetReader.read("x.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                .hasMessageContaining(".xls");
        assertThatThrownBy(() -> SpreadsheetReader.read("photo.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("Type de fichier non pris en charge");
        assertThatThrownBy(() -> SpreadsheetReader.read("x.csv", new byte[0])).hasMessageContaining("vide");
        assertThatThrownBy(() -> SpreadsheetReader.read("x.csv", "Nom;Prénom\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("aucune ligne de données");
        assertThatThrownBy(() -> SpreadsheetReader.read("x.csv", "Nom\u0000;a\nb;c".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("texte CSV");
    }

    @Test
    void refusesMoreRowsOrBytesThanTheLimits() {
        StringBuilder csv = new StringBuilder("Nom;Prénom\n");
        for (int i = 0; i <= SpreadsheetReader.MAX_ROWS; i++) {
            csv.append("N").append(i).append(";P\n");
        }
        assertThatThrownBy(() -> SpreadsheetReader.read("x.csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("nombre maximal").hasMessageContaining("lignes de données");
        byte[] big = new byte[(int) SpreadsheetReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> SpreadsheetReader.read("x.csv", big)).hasMessageContaining("5 Mo");
    }

    @Test
    void refusesAnUnclosedQuote() throws IOException {
        assertThatThrownBy(() -> SpreadsheetReader.read("x.csv", "Nom;Prénom\n\"DURAND;Alex\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class);
    }
}

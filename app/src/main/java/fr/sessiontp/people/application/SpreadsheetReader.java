package fr.sessiontp.people.application;

import fr.sessiontp.common.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the spreadsheets centres keep, as CSV (UTF-8 with or without BOM, {@code ;} or {@code ,} separated) or XLSX
 * (first sheet). Any other or damaged file gives an {@link UnreadableFileException} with a French message.
 */
public final class SpreadsheetReader {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_ROWS = 5_000;
    private static final int MAX_COLUMNS = 50;

    private SpreadsheetReader() {
    }

    public static Spreadsheet read(String filename, byte[] bytes) throws UnreadableFileException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableFileException(Messages.get("people.import.file.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableFileException(Messages.get("people.import.file.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT).strip();
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        boolean oleDocument = bytes.length >= 4 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF
                && (bytes[2] & 0xff) == 0x11 && (bytes[3] & 0xff) == 0xE0;
        if (name.endsWith(".xls") || oleDocument) {
            throw new UnreadableFileException(Messages.get("people.import.file.oldExcel"));
        }
        if (name.endsWith(".xlsx") || zip) {
            return readXlsx(bytes);
        }
        if (!name.isEmpty() && !name.endsWith(".csv") && !name.endsWith(".txt")) {
            throw new UnreadableFileException(Messages.get("people.import.file.type"));
        }
        return readCsv(bytes);
    }

    private static Spreadsheet readCsv(byte[] bytes) throws UnreadableFileException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(Messages.get("people.import.file.notUtf8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.chars().anyMatch(c -> c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t'))) {
            throw new UnreadableFileException(Messages.get("people.import.file.binary"));
        }
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        char separator = semicolons >= commas ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        List<String> headers = null;
        List<Spreadsheet.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int line = 0;
            for (CSVRecord record : parser) {
                line++;
                List<String> cells = record.toList();
                if (cells.size() > MAX_COLUMNS) {
                    throw new UnreadableFileException(Messages.get("people.import.file.tooManyColumns", line, MAX_COLUMNS));
                }
                if (headers == null) {
                    headers = cells;
                    continue;
                }
                Spreadsheet.Row row = new Spreadsheet.Row(line, cells);
                if (!row.isBlank()) {
                    rows.add(row);
                    if (rows.size() > MAX_ROWS) {
                        throw new UnreadableFileException(Messages.get("people.import.file.tooManyRows", MAX_ROWS));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(Messages.get("people.import.file.csvInvalid"));
        }
        return table(headers, rows);
    }

    private static Spreadsheet readXlsx(byte[] bytes) throws UnreadableFileException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFileException(Messages.get("people.import.file.empty"));
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.FRANCE);
            List<String> headers = null;
            List<Spreadsheet.Row> rows = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row poiRow : sheet) {
                List<String> cells = new ArrayList<>();
                int last = Math.max(poiRow.getLastCellNum(), 0);
                if (last > MAX_COLUMNS) {
                    throw new UnreadableFileException(Messages.get("people.import.file.tooManyColumns", poiRow.getRowNum() + 1, MAX_COLUMNS));
                }
                for (int c = 0; c < last; c++) {
                    cells.add(text(poiRow.getCell(c), formatter));
                }
                if (headers == null) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    headers = cells;
                    continue;
                }
                Spreadsheet.Row row = new Spreadsheet.Row(poiRow.getRowNum() + 1, cells);
                if (!row.isBlank()) {
                    rows.add(row);
                    if (rows.size() > MAX_ROWS) {
                        throw new UnreadableFileException(Messages.get("people.import.file.tooManyRows", MAX_ROWS));
                    }
                }
            }
            return table(headers, rows);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(Messages.get("people.import.file.xlsxInvalid"));
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        if (type == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return String.valueOf((long) value);
            }
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static Spreadsheet table(List<String> headers, List<Spreadsheet.Row> rows) throws UnreadableFileException {
        if (headers == null || headers.stream().allMatch(h -> h == null || h.isBlank())) {
            throw new UnreadableFileException(Messages.get("people.import.file.empty"));
        }
        if (rows.isEmpty()) {
            throw new UnreadableFileException(Messages.get("people.import.file.noRows"));
        }
        return new Spreadsheet(headers, rows);
    }
}

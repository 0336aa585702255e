package org.interlocutor.importexport;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.interlocutor.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An .xlsx file read through POI's event API: the sheet's XML is parsed as a stream and never becomes a workbook
 * in memory. Formulas give the value Excel saved with them (nothing is evaluated); dates come as yyyy-MM-dd.
 */
final class XlsxSpreadsheet implements UploadedSpreadsheet {

    /** Parts a normal workbook has are a few dozen; thousands are an attack on the zip reader. */
    static final int MAX_ZIP_ENTRIES = 1000;

    static {
        // POI's own zip-bomb guards, checked while each part is inflated (the sizes a zip declares can lie).
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(1L << 30);
        ZipSecureFile.setMaxFileCount(MAX_ZIP_ENTRIES);
    }

    private final Path file;
    private final String fileName;
    private final ImportLimits limits;
    private final OPCPackage workbook;
    private final XSSFReader reader;
    private final List<String> sheetNames;

    XlsxSpreadsheet(Path file, String fileName, ImportLimits limits) {
        this.file = file;
        this.fileName = fileName;
        this.limits = limits;
        OPCPackage opened = null;
        try {
            opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
            this.workbook = opened;
            this.reader = new XSSFReader(opened);
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    names.add(sheets.getSheetName());
                }
            }
            this.sheetNames = List.copyOf(names);
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            if (opened != null) {
                opened.revert();
            }
            throw problemFrom(e, fileName);
        }
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public List<String> sheetNames() {
        return sheetNames;
    }

    @Override
    public void read(String sheetName, Consumer<SpreadsheetRow> rows) {
        try {
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (sheets.getSheetName().equals(sheetName)) {
                        parse(sheet, row -> {
                            try {
                                rows.accept(row);
                            } catch (RuntimeException fromConsumer) {
                                throw new ConsumerFailure(fromConsumer);
                            }
                        });
                        return;
                    }
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | RuntimeException e) {
            throw problemFrom(e, fileName);
        }
        throw SpreadsheetProblems.noSuchSheet(sheetName);
    }

    private void parse(InputStream sheet, Consumer<SpreadsheetRow> rows)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        StylesTable styles = reader.getStylesTable();
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new CellLengthGuard(new XSSFSheetXMLHandler(styles, null, strings,
                new RowCollector(new RowLimits(limits), rows), new IsoDateFormatter(), false),
                limits.maxCellCharacters()));
        parser.parse(new InputSource(sheet));
    }

    @Override
    public void close() {
        workbook.revert();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the temporary folder is cleaned by the system; nothing the person can do about it
        }
    }

    /**
     * The person's problem behind whatever POI threw: a row over a limit, a zip bomb, too many parts, or else a
     * damaged file. A request to stop reading passes through untouched.
     */
    static RuntimeException problemFrom(Throwable thrown, String fileName) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConsumerFailure failure) {
                return (RuntimeException) failure.getCause();
            }
            if (cause instanceof UserFacingException || cause instanceof ReadingStopped) {
                return (RuntimeException) cause;
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb")) {
                return SpreadsheetProblems.zipBomb(fileName);
            }
            if (message.contains("MAX_FILE_COUNT")) {
                return SpreadsheetProblems.tooManyEntries(fileName, MAX_ZIP_ENTRIES);
            }
            if (cause instanceof InvalidFormatException && message.contains("content type")) {
                return SpreadsheetProblems.notASpreadsheet(fileName);
            }
        }
        return SpreadsheetProblems.corrupt(fileName);
    }

    /** What the rows' consumer threw (a cancelled import, a database error): not the file's fault. */
    private static final class ConsumerFailure extends RuntimeException {

        ConsumerFailure(RuntimeException cause) {
            super(cause);
        }
    }

    /** Gathers the cells of each row, filling the gaps Excel leaves for empty cells. */
    private static final class RowCollector implements SheetContentsHandler {

        private final RowLimits limits;
        private final Consumer<SpreadsheetRow> rows;
        private final List<String> cells = new ArrayList<>();
        private int rowNumber;

        RowCollector(RowLimits limits, Consumer<SpreadsheetRow> rows) {
            this.limits = limits;
            this.rows = rows;
        }

        @Override
        public void startRow(int rowIndex) {
            rowNumber = rowIndex + 1;
            cells.clear();
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            String text = value == null ? "" : value;
            limits.checkCell(rowNumber, column, text);
            while (cells.size() < column) {
                cells.add("");
            }
            if (column < cells.size()) {
                // a cell written twice (some tools do): the later one wins rather than shifting the rest
                cells.set(column, text);
            } else {
                cells.add(text);
            }
        }

        @Override
        public void endRow(int rowIndex) {
            SpreadsheetRow row = new SpreadsheetRow(rowNumber, cells);
            if (!row.isBlank()) {
                limits.countRow();
                rows.accept(row);
            }
        }
    }

    /** Formats cells as Excel shows them, except dates, which come as ISO yyyy-MM-dd whatever their format. */
    private static final class IsoDateFormatter extends DataFormatter {

        private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        IsoDateFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, @Nullable String formatString,
                boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing, true);
                return dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                        ? dateTime.toLocalDate().toString()
                        : dateTime.format(DATE_AND_TIME);
            }
            if (formatIndex == 0 || "General".equalsIgnoreCase(formatString)) {
                // Excel's General shows 221771234567 as 2.21771E+11 in a narrow column; the cell holds every digit,
                // and phone numbers and ids must arrive whole. 15 significant digits, as Excel keeps.
                return BigDecimal.valueOf(value).round(new MathContext(15)).stripTrailingZeros().toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}

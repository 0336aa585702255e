package org.interlocutor.importexport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file as Excel and LibreOffice save it: UTF-8 (with or without a byte-order mark) or else Windows-1252,
 * comma- or semicolon-separated (French Excel uses semicolons), fields quoted with double quotes. Excel's "Unicode
 * text" (UTF-16 with a byte-order mark, tab-separated) is read too.
 */
final class CsvSpreadsheet implements UploadedSpreadsheet {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Lines looked at to choose the delimiter. */
    private static final int SAMPLE_LINES = 20;

    private final Path file;
    private final String fileName;
    private final ImportLimits limits;
    /** Bytes of the byte-order mark the file starts with, skipped when reading. */
    private final int bomLength;
    private final Charset charset;
    private final char delimiter;

    CsvSpreadsheet(Path file, String fileName, ImportLimits limits) {
        this.file = file;
        this.fileName = fileName;
        this.limits = limits;
        try {
            byte[] start = firstBytes(file);
            if (startsWith(start, UTF8_BOM)) {
                bomLength = UTF8_BOM.length;
                charset = StandardCharsets.UTF_8;
            } else if (startsWith(start, UTF16LE_BOM) || startsWith(start, UTF16BE_BOM)) {
                bomLength = 2;
                charset = startsWith(start, UTF16LE_BOM) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            } else {
                bomLength = 0;
                charset = isStrictUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            }
            this.delimiter = guessDelimiter();
        } catch (IOException e) {
            throw SpreadsheetProblems.corrupt(fileName);
        }
    }

    Charset charset() {
        return charset;
    }

    char delimiter() {
        return delimiter;
    }

    @Override
    public String fileName() {
        return fileName;
    }

    /** One sheet, named after the file without its extension. */
    @Override
    public List<String> sheetNames() {
        int dot = fileName.lastIndexOf('.');
        return List.of(dot > 0 ? fileName.substring(0, dot) : fileName);
    }

    @Override
    public void read(String sheetName, Consumer<SpreadsheetRow> rows) {
        if (!sheetNames().contains(sheetName)) {
            throw SpreadsheetProblems.noSuchSheet(sheetName);
        }
        // Empty lines are kept so that record numbers stay the row numbers Excel shows; blank rows are skipped.
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        RowLimits rowLimits = new RowLimits(limits);
        try (Reader reader = open(); CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            for (CSVRecord record = next(records, parser); record != null; record = next(records, parser)) {
                int number = Math.toIntExact(record.getRecordNumber());
                // an export neutralised text that looked like a formula with an apostrophe: read back, it goes
                SpreadsheetRow row = new SpreadsheetRow(number, record.stream().map(FormulaSafety::restored).toList());
                if (!row.isBlank()) {
                    rowLimits.checkRow(number, row.cells());
                    rows.accept(row);
                }
            }
        } catch (IOException e) {
            throw SpreadsheetProblems.corrupt(fileName);
        }
    }

    /** The next record, or null at the end; the parser reports a damaged file while looking for it. */
    private static @Nullable CSVRecord next(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw SpreadsheetProblems.malformedCsv(parser.getCurrentLineNumber());
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the temporary folder is cleaned by the system; nothing the person can do about it
        }
    }

    private Reader open() throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(bomLength);
        return new BufferedReader(new InputStreamReader(in, charset));
    }

    private static byte[] firstBytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(UTF8_BOM.length);
        }
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0,
                prefix.length);
    }

    /** Whether the whole file decodes as UTF-8; Windows-1252 text with accents almost never does. */
    private static boolean isStrictUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buffer = new char[8192];
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Whichever of comma, semicolon and tab the first lines have most of outside quotes; comma on a tie. */
    private char guessDelimiter() throws IOException {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        int lines = 0;
        boolean quoted = false;
        try (Reader reader = open()) {
            for (int c = reader.read(); c >= 0 && lines < SAMPLE_LINES; c = reader.read()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == ',') {
                    commas++;
                } else if (!quoted && c == ';') {
                    semicolons++;
                } else if (!quoted && c == '\t') {
                    tabs++;
                } else if (!quoted && c == '\n') {
                    lines++;
                }
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}

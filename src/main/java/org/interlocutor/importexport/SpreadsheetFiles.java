package org.interlocutor.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;

/**
 * Opens an uploaded file for import, whatever it really is: the kind is decided by its first bytes, not its
 * name. Anything that is not an .xlsx or a CSV file, or that is hostile (a zip bomb, thousands of parts, more bytes
 * than allowed), is refused with a {@link org.interlocutor.shared.UserFacingException} the person can act on.
 */
class SpreadsheetFiles {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** Bytes looked at to tell text from binary. */
    private static final int SNIFF_BYTES = 8192;

    private final ImportLimits limits;
    /** Where uploads are copied; the system's temporary folder when null. */
    private final @Nullable Path temporaryFolder;

    SpreadsheetFiles(ImportLimits limits) {
        this(limits, null);
    }

    SpreadsheetFiles(ImportLimits limits, @Nullable Path temporaryFolder) {
        this.limits = limits;
        this.temporaryFolder = temporaryFolder;
    }

    /**
     * Copies the upload to a temporary file (counting bytes as they come, so a lying size cannot get past the
     * limit), checks what it is, and returns it ready to read. The caller closes it, which deletes the copy; when
     * opening fails, the copy is already deleted.
     */
    UploadedSpreadsheet open(InputStream content, String fileName) {
        Path copy = spool(content);
        try {
            return recognize(copy, fileName);
        } catch (RuntimeException e) {
            deleteQuietly(copy);
            throw e;
        }
    }

    private Path spool(InputStream content) {
        Path copy;
        try {
            copy = temporaryFolder == null
                    ? Files.createTempFile("interlocutor-import-", ".upload")
                    : Files.createTempFile(temporaryFolder, "interlocutor-import-", ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OutputStream out = Files.newOutputStream(copy)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                total += read;
                if (total > limits.maxFileBytes()) {
                    throw SpreadsheetProblems.tooLarge(limits.maxFileBytes());
                }
                out.write(buffer, 0, read);
            }
            return copy;
        } catch (IOException e) {
            deleteQuietly(copy);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(copy);
            throw e;
        }
    }

    private UploadedSpreadsheet recognize(Path copy, String fileName) {
        byte[] start = firstBytes(copy);
        if (start.length == 0) {
            throw SpreadsheetProblems.emptyFile(fileName);
        }
        if (startsWith(start, ZIP) || startsWith(start, EMPTY_ZIP)) {
            checkZip(copy, fileName);
            return new XlsxSpreadsheet(copy, fileName, limits);
        }
        if (startsWith(start, OLE2)) {
            throw oldOfficeFileProblem(copy, fileName);
        }
        boolean utf16 = startsWith(start, CsvSpreadsheet.UTF16LE_BOM) || startsWith(start, CsvSpreadsheet.UTF16BE_BOM);
        if (utf16 || !startsWith(start, PDF) && looksLikeText(start)) {
            return new CsvSpreadsheet(copy, fileName, limits);
        }
        throw SpreadsheetProblems.notASpreadsheet(fileName);
    }

    /**
     * Reads the zip's central directory before POI does: a damaged zip, thousands of entries, or a zip that is
     * not an Office document at all.
     */
    private static void checkZip(Path copy, String fileName) {
        try (ZipFile zip = new ZipFile(copy.toFile())) {
            if (zip.size() > XlsxSpreadsheet.MAX_ZIP_ENTRIES) {
                throw SpreadsheetProblems.tooManyEntries(fileName, XlsxSpreadsheet.MAX_ZIP_ENTRIES);
            }
            boolean workbook = false;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                workbook |= entries.nextElement().getName().startsWith("xl/");
            }
            if (zip.getEntry("[Content_Types].xml") == null || !workbook) {
                throw SpreadsheetProblems.notASpreadsheet(fileName);
            }
        } catch (IOException e) {
            throw SpreadsheetProblems.corrupt(fileName);
        }
    }

    /**
     * An OLE2 file is either a workbook saved with a password (Excel wraps the encrypted .xlsx in one) or a file
     * of the old Office formats.
     */
    private static RuntimeException oldOfficeFileProblem(Path copy, String fileName) {
        try (POIFSFileSystem container = new POIFSFileSystem(copy.toFile(), true)) {
            if (container.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                return SpreadsheetProblems.passwordProtected(fileName);
            }
            if (container.getRoot().hasEntryCaseInsensitive("Workbook")
                    || container.getRoot().hasEntryCaseInsensitive("Book")) {
                return SpreadsheetProblems.oldExcelFormat(fileName);
            }
            return SpreadsheetProblems.notASpreadsheet(fileName);
        } catch (IOException | RuntimeException e) {
            return SpreadsheetProblems.corrupt(fileName);
        }
    }

    /** Text has no NUL byte and almost no control characters besides tabs and line ends. */
    private static boolean looksLikeText(byte[] start) {
        int controls = 0;
        for (byte b : start) {
            if (b == 0) {
                return false;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        return controls * 100 <= start.length;
    }

    private static byte[] firstBytes(Path copy) {
        try (InputStream in = Files.newInputStream(copy)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length
                && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static void deleteQuietly(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            // the temporary folder is cleaned by the system
        }
    }
}

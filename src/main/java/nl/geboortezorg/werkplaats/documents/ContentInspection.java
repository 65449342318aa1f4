package nl.geboortezorg.werkplaats.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;

/**
 * Tells from a file's first bytes (and, for Office files, the names inside the zip container)
 * what it really is, whatever its name says. Only the entry names of a zip are read, never its
 * contents, so a compressed bomb costs nothing.
 */
final class ContentInspection {

    private static final byte[] PDF = "%PDF-".getBytes();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[][] EXECUTABLES = {
        {'M', 'Z'}, // Windows programs and libraries
        {0x7f, 'E', 'L', 'F'}, // Linux programs
        {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE}, // macOS programs
        {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
        {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, // macOS universal programs, Java classes
        {'#', '!'}, // scripts
    };

    private ContentInspection() {}

    /**
     * The file's type when its content is one of the allowed types and matches the extension of
     * its name.
     *
     * @throws ValidationException with the reason as a problem of the field "file"
     */
    static FileType inspect(Path file, String originalName) throws IOException {
        byte[] head = new byte[16];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        byte[] start = Arrays.copyOf(head, read);
        Optional<FileType> claimed = FileType.byName(originalName);
        if (read == 0) {
            throw problem("document.file.empty");
        }
        for (byte[] executable : EXECUTABLES) {
            if (startsWith(start, executable)) {
                throw problem("document.file.executable");
            }
        }
        if (claimed.isEmpty()) {
            throw problem("document.file.type-not-allowed", FileType.extension(originalName));
        }
        FileType actual = sniff(file, start)
                .orElseThrow(() -> problem(
                        "document.file.unknown-content",
                        claimed.get().extensions().getFirst()));
        if (actual != claimed.get()) {
            throw problem(
                    "document.file.content-mismatch",
                    claimed.get().extensions().getFirst(),
                    actual.extensions().getFirst());
        }
        return actual;
    }

    private static Optional<FileType> sniff(Path file, byte[] start) throws IOException {
        if (startsWith(start, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(start, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(start, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(start, ZIP)) {
            return office(file);
        }
        return Optional.empty();
    }

    /** An Office Open XML file: a zip with a content types part and the main folder of its kind. */
    private static Optional<FileType> office(Path file) throws IOException {
        boolean contentTypes = false;
        FileType kind = null;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.equalsIgnoreCase("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    throw problem("document.file.macros");
                } else if (name.startsWith("word/")) {
                    kind = FileType.DOCX;
                } else if (name.startsWith("ppt/")) {
                    kind = FileType.PPTX;
                } else if (name.startsWith("xl/")) {
                    kind = FileType.XLSX;
                }
            }
        } catch (ZipException broken) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(kind) : Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static ValidationException problem(String key, Object... arguments) {
        return new ValidationException(FieldProblem.of("file", key, arguments));
    }
}

package nl.geboortezorg.werkplaats.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, made in memory, to upload in tests. */
public final class TestFiles {

    private TestFiles() {}

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    public static byte[] windowsProgram() {
        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        return program;
    }

    /** An Office Open XML container with the main folder given ("word/", "ppt/", "xl/"), optionally with macros. */
    public static byte[] office(String folder, boolean macros) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(folder + "document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
            if (macros) {
                zip.putNextEntry(new ZipEntry(folder + "vbaProject.bin"));
                zip.write(new byte[] {1, 2, 3});
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InputStream stream(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    /** An endless stream of zeros that counts how much was read from it. */
    public static final class Endless extends InputStream {

        private long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            return length;
        }

        public long bytesRead() {
            return read;
        }
    }
}

package nl.geboortezorg.werkplaats.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The files of uploaded documents on disk. An upload is first written to a staging folder while
 * it is counted and hashed, and refused as soon as it passes the size limit, so an oversized file
 * is never kept whole. Once the document is saved its file moves to the store under a random key;
 * nothing a user typed ever becomes part of a path.
 */
@Component
public class DocumentStore {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentStore.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Staged files nobody saved (a closed browser) are removed after this long. */
    private static final Duration STAGED_LIFETIME = Duration.ofHours(6);

    private final Path files;
    private final Path staging;

    DocumentStore(@Value("${wsg.documents.dir}") Path directory) throws IOException {
        this.files = Files.createDirectories(directory.resolve("files")).toAbsolutePath();
        this.staging = Files.createDirectories(directory.resolve("staging")).toAbsolutePath();
        removeStaleStaged();
    }

    /** A file received but not yet saved as a document. */
    public record Staged(String key, long size, String sha256) {}

    /** The content was larger than allowed; nothing of it was kept. */
    public static final class TooLarge extends Exception {

        TooLarge() {
            super("Upload over the size limit");
        }
    }

    /**
     * Writes the content to the staging folder, counting and hashing it on the way; stops and
     * removes what was written as soon as it passes {@code maxBytes}.
     */
    public Staged stage(InputStream content, long maxBytes) throws IOException, TooLarge {
        String key = UUID.randomUUID().toString();
        Path target = staging.resolve(key);
        MessageDigest sha256 = sha256();
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha256)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = content.read(buffer)) >= 0) {
                size += read;
                if (size > maxBytes) {
                    throw new TooLarge();
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | TooLarge | RuntimeException failed) {
            Files.deleteIfExists(target);
            throw failed;
        }
        return new Staged(key, size, HexFormat.of().formatHex(sha256.digest()));
    }

    /** Where a staged file is, to inspect its content. */
    public Path staged(String key) {
        return staging.resolve(checked(key));
    }

    /** Moves a staged file into the store. */
    public void keep(String key) {
        try {
            Files.move(staging.resolve(checked(key)), files.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InputStream open(String key) throws IOException {
        return Files.newInputStream(files.resolve(checked(key)));
    }

    public void discardStaged(String key) {
        delete(staging.resolve(checked(key)));
    }

    public void delete(String key) {
        delete(files.resolve(checked(key)));
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove document file {}", file.getFileName(), e);
        }
    }

    private void removeStaleStaged() throws IOException {
        Instant before = Instant.now().minus(STAGED_LIFETIME);
        try (Stream<Path> staged = Files.list(staging)) {
            staged.filter(file -> {
                        try {
                            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .forEach(DocumentStore::delete);
        }
    }

    private static String checked(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a document key");
        }
        return key;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

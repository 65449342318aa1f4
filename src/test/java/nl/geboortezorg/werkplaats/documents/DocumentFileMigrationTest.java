package nl.geboortezorg.werkplaats.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V20 keeps every file a document has had; the documents there were before it had one file each,
 * which becomes their version 1 with the name, type, size, checksum, key, uploader and time stored
 * for it. Migrated in a scratch database on the test run's server, from the migration before V20
 * with a document written the old way.
 */
@IntegrationTest
class DocumentFileMigrationTest {

    private static final Pattern JDBC = Pattern.compile("(jdbc:mariadb://[^/]+/)([A-Za-z0-9_]+)(.*)");
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @Autowired
    DataSource dataSource;

    private final String scratch =
            "wsg_document_files_" + ProcessHandle.current().pid();
    private JdbcTemplate server;
    private JdbcTemplate sql;
    private Flyway flyway;

    /** The newest migration before V20, whichever that is. */
    private static String before20() throws Exception {
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql");
        return String.valueOf(Arrays.stream(scripts)
                .map(script -> VERSION.matcher(Objects.requireNonNull(script.getFilename())))
                .filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1)))
                .filter(v -> v < 20)
                .max()
                .orElseThrow());
    }

    @BeforeEach
    void scratchDatabaseBeforeV20() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Matcher url = JDBC.matcher(pool.getJdbcUrl());
        assertThat(url.matches()).as(pool.getJdbcUrl()).isTrue();
        server = new JdbcTemplate(dataSource);
        server.execute("drop database if exists " + scratch);
        server.execute("create database " + scratch + " character set utf8mb4 collate utf8mb4_unicode_ci");
        DriverManagerDataSource database = new DriverManagerDataSource(
                url.group(1) + scratch + url.group(3),
                pool.getUsername(),
                pool.getPassword() == null ? "" : pool.getPassword());
        sql = new JdbcTemplate(database);
        flyway = Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .load();
        Flyway.configure()
                .configuration(flyway.getConfiguration())
                .target(before20())
                .load()
                .migrate();
    }

    @AfterEach
    void dropScratchDatabase() {
        server.execute("drop database if exists " + scratch);
    }

    @Test
    void each_existing_documents_file_becomes_its_version_1_with_its_stored_checksum() {
        sql.update("insert into region (code, name) values ('delft', 'Delft')");
        long region = sql.queryForObject("select id from region", Long.class);
        sql.update("insert into app_user (email, display_name, password_hash, role_code) "
                + "values ('daan@example.nl', 'Daan', 'x', 'PROFESSIONAL')");
        long daan = sql.queryForObject("select id from app_user", Long.class);
        String sha256 = "a".repeat(64);
        sql.update(
                "insert into document (region_id, title, publication_level, original_name, file_type, size_bytes, "
                        + "sha256, storage_key, uploaded_by, uploaded_at) values (?, 'Convenant', 'REGION', "
                        + "'convenant.pdf', 'PDF', 1234, ?, '0f8fad5b-d9cb-469f-a165-70867728950e', ?, "
                        + "'2026-11-02 11:00:00.123456')",
                region,
                sha256,
                daan);
        long document = sql.queryForObject("select id from document", Long.class);

        flyway.migrate();

        assertThat(sql.queryForList("select * from document_file where document_id = ?", document))
                .singleElement()
                .satisfies(file -> assertThat(file)
                        .containsAllEntriesOf(Map.of(
                                "number",
                                1,
                                "original_name",
                                "convenant.pdf",
                                "file_type",
                                "PDF",
                                "size_bytes",
                                1234L,
                                "sha256",
                                sha256,
                                "storage_key",
                                "0f8fad5b-d9cb-469f-a165-70867728950e",
                                "uploaded_by",
                                daan))
                        .hasEntrySatisfying(
                                "uploaded_at",
                                at -> assertThat(at.toString()).startsWith("2026-11-02 11:00:00.123456")));
    }
}

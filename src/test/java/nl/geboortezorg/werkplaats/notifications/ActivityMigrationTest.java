package nl.geboortezorg.werkplaats.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V12 replaces the route each activity stored by what the route cannot be made from: the session
 * an action is shown in. Existing rows are migrated, in a scratch database on the test run's
 * server (embedded or external), from V11 with activities written the old way.
 */
@IntegrationTest
class ActivityMigrationTest {

    private static final Pattern JDBC = Pattern.compile("(jdbc:mariadb://[^/]+/)([A-Za-z0-9_]+)(.*)");

    @Autowired
    DataSource dataSource;

    private final String scratch = "wsg_migration_" + ProcessHandle.current().pid();
    private JdbcTemplate server;
    private JdbcTemplate sql;
    private Flyway flyway;

    @BeforeEach
    void scratchDatabaseAtV11() throws Exception {
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
                .target("11")
                .load()
                .migrate();
    }

    @AfterEach
    void dropScratchDatabase() {
        server.execute("drop database if exists " + scratch);
    }

    @Test
    void an_actions_session_is_taken_from_its_stored_route_and_the_routes_are_dropped() {
        sql.update("insert into region (code, name) values ('delft', 'Delft')");
        long region = sql.queryForObject("select id from region", Long.class);
        sql.update("insert into app_user (email, display_name, password_hash, role_code) "
                + "values ('fenna@example.nl', 'Fenna', 'x', 'FACILITATOR')");
        long fenna = sql.queryForObject("select id from app_user", Long.class);
        sql.update(
                "insert into work_session (region_id, title, starts_at, ends_at, created_by) "
                        + "values (?, 'Regiosessie', '2026-11-02 10:00', '2026-11-02 12:00', ?)",
                region,
                fenna);
        long session = sql.queryForObject("select id from work_session", Long.class);
        long sessionActivity = oldActivity(fenna, region, "SESSION", session, "sessies/" + session);
        long actionActivity = oldActivity(fenna, region, "ACTION", 31, "sessies/" + session);
        long bottleneckActivity = oldActivity(fenna, region, "BOTTLENECK", 17, "knelpunten/17");
        long documentActivity = oldActivity(fenna, region, "DOCUMENT", 5, "documenten?regio=delft");

        flyway.migrate();

        assertThat(sessionOf(actionActivity)).isEqualTo(session);
        assertThat(sessionOf(sessionActivity))
                .as("a session's own id is its item id")
                .isNull();
        assertThat(sessionOf(bottleneckActivity)).isNull();
        assertThat(sessionOf(documentActivity)).isNull();
        assertThat(sql.queryForObject("select region_id from activity where id = ?", Long.class, documentActivity))
                .as("a document's library is its region's")
                .isEqualTo(region);
        assertThat(sql.queryForList(
                        "select column_name from information_schema.columns "
                                + "where table_schema = ? and table_name = 'activity'",
                        String.class,
                        scratch))
                .contains("session_id")
                .doesNotContain("link");
    }

    private long oldActivity(long actor, long region, String itemType, long itemId, String link) {
        sql.update(
                "insert into activity (occurred_at, actor_id, region_id, audience, kind, item_type, item_id, title, "
                        + "link) values ('2026-11-02 11:00', ?, ?, 'REGION', 'SESSION_STARTED', ?, ?, 'Titel', ?)",
                actor,
                region,
                itemType,
                itemId,
                link);
        return sql.queryForObject("select max(id) from activity", Long.class);
    }

    private Long sessionOf(long activity) {
        return sql.queryForObject("select session_id from activity where id = ?", Long.class, activity);
    }
}

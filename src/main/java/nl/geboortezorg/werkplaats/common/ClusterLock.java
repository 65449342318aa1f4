package nl.geboortezorg.werkplaats.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Lets scheduled work run on one application instance at a time when several share the database:
 * a MariaDB named lock ({@code GET_LOCK}), held on its own connection while the work runs and
 * released when the connection ends, so a crashed instance never keeps it. Works the same on one
 * instance, and on a Galera cluster as long as the instances write to one node (see SCALING.md).
 */
@Component
public class ClusterLock {

    private final DataSource dataSource;

    ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the work if no other instance is running work under this name; returns whether it ran. */
    public boolean runAlone(String name, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "select get_lock(?, 0)", name)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, "select release_lock(?)", name);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not take the lock " + name, failed);
        }
    }

    private static boolean call(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, "werkplaats." + name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }
}

package nl.geboortezorg.werkplaats.database;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns "the database server cannot be reached" at start-up into one clear line with the URL that
 * was tried, instead of a wall of stack traces.
 */
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLTransientConnectionException) {
                String url = environment.getProperty("spring.datasource.url", "(embedded MariaDB)");
                return new FailureAnalysis(
                        "Cannot reach the database at " + url + ": " + rootMessage(cause),
                        "Check that the MariaDB server runs and that SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME"
                                + " and SPRING_DATASOURCE_PASSWORD are right (see README.md).",
                        cause);
            }
        }
        return null;
    }

    private static @Nullable String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

package nl.geboortezorg.werkplaats.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start without a database URL, in a build without the embedded MariaDB: one line on what to set. */
class NoDatabaseConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseConfiguredException> {

    static final String DESCRIPTION = "No database configured: set SPRING_DATASOURCE_URL (for example"
            + " jdbc:mariadb://db.example.nl:3306/werkplaats) with SPRING_DATASOURCE_USERNAME and"
            + " SPRING_DATASOURCE_PASSWORD; the embedded MariaDB comes only with ./mvnw from the source.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseConfiguredException cause) {
        return new FailureAnalysis(DESCRIPTION, "See README.md, \"A real MariaDB server\".", cause);
    }
}

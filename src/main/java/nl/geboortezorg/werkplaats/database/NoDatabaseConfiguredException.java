package nl.geboortezorg.werkplaats.database;

/** No {@code spring.datasource.url}, and no embedded MariaDB in this build to fall back on. */
class NoDatabaseConfiguredException extends IllegalStateException {

    NoDatabaseConfiguredException() {
        super("No database configured: spring.datasource.url is not set and this build has no embedded MariaDB");
    }
}

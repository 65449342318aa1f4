package nl.geboortezorg.werkplaats.database;

import org.springframework.core.env.Environment;

/** Which database the configuration asks for, and whether demo data comes with it. */
public final class DatabaseMode {

    private DatabaseMode() {}

    /** Embedded when no {@code spring.datasource.url} is configured. */
    public static boolean isEmbedded(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        return url == null || url.isBlank();
    }

    /**
     * Demo data when {@code wsg.demo-data} says so, and by default only with the embedded
     * database: a real server never gets demo accounts unless asked.
     */
    public static boolean withDemoData(Environment environment) {
        String setting = environment.getProperty("wsg.demo-data");
        if (setting == null || setting.isBlank()) {
            return isEmbedded(environment);
        }
        return Boolean.parseBoolean(setting.strip());
    }
}

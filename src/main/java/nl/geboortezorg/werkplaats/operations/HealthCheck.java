package nl.geboortezorg.werkplaats.operations;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The container's health check, for an image that has a JRE but neither curl, wget nor bash:
 * {@code java -cp /opt/werkplaats/app.jar nl.geboortezorg.werkplaats.operations.HealthCheck}
 * asks the application on this machine whether it is ready (its port from {@code PORT}, as the
 * application takes it, else 8080) and exits 0 when it answers UP, 1 otherwise, within three
 * seconds. An address given as the only argument is asked instead. Plain JDK, no Spring: it starts
 * in a fraction of a second.
 */
public final class HealthCheck {

    static final int TIMEOUT_MILLIS = 3000;

    private HealthCheck() {}

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("PORT", "8080");
        String address = args.length > 0 ? args[0] : "http://127.0.0.1:" + port + "/actuator/health/readiness";
        String problem = problem(URI.create(address));
        if (problem != null) {
            System.err.println("Not ready: " + problem);
            System.exit(1);
        }
    }

    /** Why the application at this address is not ready, or null when it answers UP. */
    static @Nullable String problem(URI address) {
        try {
            HttpURLConnection connection = (HttpURLConnection) address.toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            connection.setRequestProperty("Accept", "application/json");
            try {
                int status = connection.getResponseCode();
                InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream();
                String text = body == null ? "" : new String(body.readNBytes(4096), StandardCharsets.UTF_8);
                if (status == 200 && text.replace(" ", "").contains("\"status\":\"UP\"")) {
                    return null;
                }
                return address + " answered HTTP " + status + " " + text.strip();
            } finally {
                connection.disconnect();
            }
        } catch (IOException | IllegalArgumentException e) {
            return address + ": " + e;
        }
    }
}

package nl.geboortezorg.werkplaats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The app container's health check as docker-compose.yml has it, run under /bin/sh the way Docker
 * runs a CMD-SHELL check, against a stand-in for the app's readiness endpoint. Only the jar's
 * place in the image is swapped for this build's classes; the port comes from PORT as in the app.
 */
class HealthCheckCommandTest {

    private static final Pattern CLASSPATH = Pattern.compile("-cp (\\S+)");

    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> body = new AtomicReference<>("{\"status\":\"UP\"}");
    private final AtomicInteger delayMillis = new AtomicInteger();

    @BeforeEach
    void startStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/actuator/health/readiness", exchange -> {
            try {
                Thread.sleep(delayMillis.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopStandIn() {
        server.stop(0);
    }

    @Test
    void ready_when_the_app_answers_up() throws Exception {
        assertThat(runCheck(server.getAddress().getPort()).exitCode).isZero();
    }

    @Test
    void not_ready_when_the_app_answers_out_of_service() throws Exception {
        status.set(503);
        body.set("{\"status\":\"OUT_OF_SERVICE\"}");

        Result result = runCheck(server.getAddress().getPort());

        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.output).contains("503");
    }

    @Test
    void not_ready_when_nothing_listens() throws Exception {
        int unused;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            unused = socket.getLocalPort();
        }
        assertThat(runCheck(unused).exitCode).isEqualTo(1);
    }

    @Test
    void not_ready_within_dockers_timeout_when_the_app_hangs() throws Exception {
        delayMillis.set(20_000);
        long started = System.nanoTime();

        Result result = runCheck(server.getAddress().getPort());

        assertThat(result.exitCode).isEqualTo(1);
        // docker-compose.yml gives the check 5 s; the check gives up after its own 3 s.
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(5_000);
    }

    @Test
    void the_check_runs_the_jar_that_the_image_starts() throws Exception {
        Matcher classpath = CLASSPATH.matcher(healthCheckCommand());
        assertThat(classpath.find()).isTrue();
        assertThat(Files.readString(Path.of("Dockerfile")))
                .contains("\"-jar\", \"" + classpath.group(1) + "\"")
                .contains(
                        "--application-filename " + Path.of(classpath.group(1)).getFileName());
    }

    /** The app service's CMD-SHELL health check in docker-compose.yml. */
    @SuppressWarnings("unchecked")
    private static String healthCheckCommand() throws IOException {
        Map<String, Object> compose;
        try (InputStream in = Files.newInputStream(Path.of("docker-compose.yml"))) {
            compose = new Yaml().load(in);
        }
        Map<String, Object> app = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("app");
        List<String> test = (List<String>) ((Map<String, Object>) app.get("healthcheck")).get("test");
        assertThat(test).hasSize(2).first().isEqualTo("CMD-SHELL");
        return test.get(1);
    }

    private Result runCheck(int port) throws Exception {
        Path classes = Path.of(HealthCheck.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Matcher classpath = CLASSPATH.matcher(healthCheckCommand());
        assertThat(classpath.find()).isTrue();
        String command = classpath.replaceFirst(Matcher.quoteReplacement("-cp " + classes));

        ProcessBuilder shell = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true);
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        shell.environment().put("PATH", javaBin + ":/usr/bin:/bin");
        shell.environment().put("PORT", String.valueOf(port));
        shell.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = shell.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {}
}

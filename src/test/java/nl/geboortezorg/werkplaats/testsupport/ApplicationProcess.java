package nl.geboortezorg.werkplaats.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.Application;
import org.jspecify.annotations.Nullable;

/**
 * The application in an operating-system process of its own, started with the test run's Java and
 * class path (without the test classes) on a database of its own, so that it can be killed the
 * way a crash or a power cut kills it (no shutdown hooks, nothing flushed) and started again on the
 * same database and port. What it prints goes to a log file per start.
 */
public final class ApplicationProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final List<String> command;
    private final int port;
    private final Path logFolder;
    private @Nullable Process process;
    private int starts;

    private ApplicationProcess(List<String> command, int port, Path logFolder) {
        this.command = List.copyOf(command);
        this.port = port;
        this.logFolder = logFolder;
    }

    /**
     * The application on the database (empty at the first start: the demo data is loaded into
     * it), on a free port; not started yet.
     */
    public static ApplicationProcess withDemoData(SiblingDatabase database, Path logFolder) {
        int port = PilotInstance.freePort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx768m",
                "-cp",
                applicationClassPath(),
                Application.class.getName(),
                "--server.port=" + port,
                "--wsg.base-url=http://localhost:" + port,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--wsg.demo-data=true",
                "--wsg.documents.dir=target/process-documents",
                "--wsg.security.password-hash-cost=4",
                "--wsg.mail.reminder-cron=-",
                "--wsg.mail.digest-cron=-",
                "--wsg.drafts.cleanup-cron=-",
                "--vaadin.devmode.devTools.enabled=false",
                "--vaadin.launch-browser=false"));
        return new ApplicationProcess(command, port, logFolder);
    }

    /** The test run's class path without its test classes (their beans belong to the test run). */
    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    public int port() {
        return port;
    }

    /** Starts the process and waits until the application answers its health check. */
    public void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("Already running");
        }
        starts++;
        Path log = logFolder.resolve("start-" + starts + ".log");
        try {
            Files.createDirectories(logFolder);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        awaitHealthy(process, log);
    }

    /** Kills the process at once, as {@code kill -9} does, and waits until it is gone. */
    public void kill() {
        Process running = process;
        if (running == null) {
            return;
        }
        running.destroyForcibly();
        try {
            running.waitFor();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    private void awaitHealthy(Process running, Path log) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!running.isAlive()) {
                throw new IllegalStateException(
                        "The application stopped while starting (exit " + running.exitValue() + "); see " + log);
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notAnsweringYet) {
                // Still starting.
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        kill();
        throw new IllegalStateException("The application did not answer within " + START_TIMEOUT + "; see " + log);
    }
}

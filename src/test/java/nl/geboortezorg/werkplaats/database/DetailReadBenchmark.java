package nl.geboortezorg.werkplaats.database;

import static nl.geboortezorg.werkplaats.db.Tables.AGENDA_ITEM;
import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_ADDRESSEE;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_ORGANISATION_TYPE;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;
import static nl.geboortezorg.werkplaats.db.Tables.SESSION_INVITEE;
import static nl.geboortezorg.werkplaats.db.Tables.WORK_SESSION;
import static nl.geboortezorg.werkplaats.testsupport.Benchmarks.percentile;
import static nl.geboortezorg.werkplaats.testsupport.Benchmarks.time;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFilter;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.internal.BottleneckRepository;
import nl.geboortezorg.werkplaats.db.tables.AppUser;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.Invitee;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.sessions.internal.WorkSessionRepository;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A detail read in one statement, its children as multisets (which jOOQ builds with GROUP_CONCAT
 * and JSON on MariaDB), against the same read as a join plus one query per kind of child, as the
 * repositories read them (the faster of the two). Prints percentiles for both; asserts no timing. Run with
 * {@code ./mvnw -B -ntp test -Pbenchmark -Dtest=DetailReadBenchmark}.
 */
@IntegrationTest
class DetailReadBenchmark {

    private static final int RUNS = Integer.getInteger("benchmark.runs", 2_000);
    private static final int WARM_UP = 300;
    private static final AppUser RAISER = APP_USER.as("raiser");

    @Autowired
    BottleneckRepository bottleneckRepository;

    @Autowired
    WorkSessionRepository sessionRepository;

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    WorkSessionService sessions;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void detail_reads_as_multisets_and_as_separate_queries() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        long bottleneckId =
                bottlenecks.find(BottleneckFilter.all(), 0, 1).getFirst().id();
        Set<Long> invitees = dsl.select(APP_USER.ID).from(APP_USER).fetchSet(APP_USER.ID);
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS);
        WorkSession session = sessions.create(new WorkSessionDraft(
                null,
                "Benchmark",
                start,
                start.plus(2, ChronoUnit.HOURS),
                null,
                null,
                IntStream.rangeClosed(1, 10)
                        .mapToObj(i -> new AgendaItemDraft("Agendapunt " + i, 15, null))
                        .toList(),
                invitees));
        session = sessions.start(session.id(), session.version());
        for (var item : session.agenda()) {
            sessions.saveNotes(item.id(), item.notesVersion(), "- Notitie bij het agendapunt\n".repeat(40));
        }
        long sessionId = session.id();

        Map<String, Supplier<Object>> reads = new LinkedHashMap<>();
        reads.put("bottleneck: one statement with multisets", () -> bottleneckWithMultisets(bottleneckId));
        reads.put("bottleneck: join and two child queries", () -> bottleneckRepository.findById(bottleneckId));
        reads.put(
                "session (10 items, " + invitees.size() + " invitees): multisets",
                () -> sessionWithMultisets(sessionId));
        reads.put(
                "session (10 items, " + invitees.size() + " invitees): three queries",
                () -> sessionRepository.findById(sessionId));

        System.out.printf("%n%-52s %9s %9s %9s%n", "read (" + RUNS + " runs each)", "p50 ms", "p95 ms", "p99 ms");
        for (Map.Entry<String, Supplier<Object>> read : reads.entrySet()) {
            double[] millis =
                    time(() -> transactions.execute(status -> read.getValue().get()), WARM_UP, RUNS);
            System.out.printf(
                    "%-52s %9.3f %9.3f %9.3f%n",
                    read.getKey(), percentile(millis, 50), percentile(millis, 95), percentile(millis, 99));
        }
        assertThat(bottleneckRepository.findById(bottleneckId)).isPresent();
        assertThat(sessionRepository.findById(sessionId).orElseThrow().agenda()).hasSize(10);
    }

    /**
     * The multiset reads, without the extra statements jOOQ would send around each to widen
     * group_concat_max_len (the driver runs one statement per call; MariaDB's default of 1 MB holds
     * these rows).
     */
    private DSLContext multisets() {
        return dsl.configuration()
                .derive(((Settings) dsl.settings().clone()).withRenderGroupConcatMaxLenSessionVariable(false))
                .dsl();
    }

    private Record bottleneckWithMultisets(long id) {
        return multisets()
                .select(BOTTLENECK.fields())
                .select(
                        REGION.CODE,
                        REGION.NAME,
                        RAISER.DISPLAY_NAME,
                        DSL.multiset(DSL.select(BOTTLENECK_ORGANISATION_TYPE.TYPE)
                                        .from(BOTTLENECK_ORGANISATION_TYPE)
                                        .where(BOTTLENECK_ORGANISATION_TYPE.BOTTLENECK_ID.eq(BOTTLENECK.ID)))
                                .convertFrom(types -> types.intoSet(BOTTLENECK_ORGANISATION_TYPE.TYPE)),
                        DSL.multiset(DSL.select(BOTTLENECK_ADDRESSEE.ADDRESSEE)
                                        .from(BOTTLENECK_ADDRESSEE)
                                        .where(BOTTLENECK_ADDRESSEE.BOTTLENECK_ID.eq(BOTTLENECK.ID)))
                                .convertFrom(addressees -> addressees.intoSet(BOTTLENECK_ADDRESSEE.ADDRESSEE)))
                .from(BOTTLENECK)
                .join(REGION)
                .on(REGION.ID.eq(BOTTLENECK.REGION_ID))
                .join(RAISER)
                .on(RAISER.ID.eq(BOTTLENECK.RAISED_BY))
                .where(BOTTLENECK.ID.eq(id))
                .fetchOne();
    }

    private Record sessionWithMultisets(long id) {
        return multisets()
                .select(WORK_SESSION.fields())
                .select(
                        REGION.NAME,
                        DSL.multiset(DSL.select(
                                                AGENDA_ITEM.ID,
                                                AGENDA_ITEM.POSITION,
                                                AGENDA_ITEM.TITLE,
                                                AGENDA_ITEM.DURATION_MINUTES,
                                                AGENDA_ITEM.OWNER_ID,
                                                APP_USER.DISPLAY_NAME,
                                                AGENDA_ITEM.NOTES,
                                                AGENDA_ITEM.NOTES_VERSION,
                                                AGENDA_ITEM.BOTTLENECK_ID)
                                        .from(AGENDA_ITEM)
                                        .leftJoin(APP_USER)
                                        .on(APP_USER.ID.eq(AGENDA_ITEM.OWNER_ID))
                                        .where(AGENDA_ITEM.SESSION_ID.eq(WORK_SESSION.ID))
                                        .orderBy(AGENDA_ITEM.POSITION))
                                .convertFrom(items -> items.map(Records.mapping(AgendaItem::new))),
                        DSL.multiset(DSL.select(APP_USER.ID, APP_USER.DISPLAY_NAME)
                                        .from(SESSION_INVITEE)
                                        .join(APP_USER)
                                        .on(APP_USER.ID.eq(SESSION_INVITEE.USER_ID))
                                        .where(SESSION_INVITEE.SESSION_ID.eq(WORK_SESSION.ID))
                                        .orderBy(APP_USER.DISPLAY_NAME))
                                .convertFrom(invitees -> invitees.map(Records.mapping(Invitee::new))))
                .from(WORK_SESSION)
                .leftJoin(REGION)
                .on(REGION.ID.eq(WORK_SESSION.REGION_ID))
                .where(WORK_SESSION.ID.eq(id))
                .fetchOne();
    }
}

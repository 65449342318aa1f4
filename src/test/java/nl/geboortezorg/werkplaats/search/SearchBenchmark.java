package nl.geboortezorg.werkplaats.search;

import static nl.geboortezorg.werkplaats.db.Tables.AGENDA_ITEM;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_COMMENT;
import static nl.geboortezorg.werkplaats.db.Tables.DOCUMENT;
import static nl.geboortezorg.werkplaats.db.Tables.WORK_SESSION;
import static nl.geboortezorg.werkplaats.testsupport.Benchmarks.insert;
import static nl.geboortezorg.werkplaats.testsupport.Benchmarks.percentile;
import static nl.geboortezorg.werkplaats.testsupport.Benchmarks.row;
import static nl.geboortezorg.werkplaats.testsupport.Benchmarks.time;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.documents.FileType;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.sessions.SessionState;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.jooq.DSLContext;
import org.jooq.RowN;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * How the search holds up over 100,000 items: seeds bottlenecks, comments, the agenda items of
 * sessions (with notes) and documents, written from a vocabulary of Dutch words in which some are
 * common and 5,000 made-up words are rare, then times searches through the service as a professional, an
 * observer and a facilitator would run them (first page of 20 with its counts per type) and
 * prints percentiles. Measures, asserts no timing. Not part of {@code ./mvnw test}: run with
 * {@code ./mvnw -B -ntp test -Pbenchmark -Dtest=SearchBenchmark} (README, "Benchmark").
 */
@IntegrationTest
class SearchBenchmark {

    private static final int ITEMS = Integer.getInteger("benchmark.search-items", 100_000);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 200);
    private static final int WARM_UP = 30;
    private static final double TARGET_P95_MILLIS = 100;

    /** A few words that occur in many texts, and many that occur in few. */
    private static final List<String> COMMON = List.of(
            "zorg",
            "ggd",
            "gezin",
            "zwangere",
            "regio",
            "overleg",
            "verloskundige",
            "gemeente",
            "jeugdgezondheidszorg",
            "kraamzorg",
            "ziekenhuis");

    @Autowired
    SearchService search;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    private final Random random = new Random(20261123);
    private final List<String> rare = new ArrayList<>();

    @Test
    void search_over_a_hundred_thousand_items() {
        List<String> syllables = List.of(
                "ba", "de", "ko", "ma", "ne", "po", "ri", "sa", "te", "vo", "lu", "gi", "ha", "je", "wu", "zo", "fi",
                "ka", "le", "mo");
        while (rare.size() < 5_000) {
            String word = syllables.get(random.nextInt(20)) + syllables.get(random.nextInt(20))
                    + syllables.get(random.nextInt(20)) + "ling";
            if (!rare.contains(word)) {
                rare.add(word);
            }
        }
        SignIn.as(users, DemoUsers.ADMIN);
        List<Long> regionIds = regions.regions().stream().map(RegionSummary::id).toList();
        long seedStart = System.nanoTime();
        seed(regionIds, DemoUsers.id(users, DemoUsers.DEN_HAAG), DemoUsers.id(users, DemoUsers.FACILITATOR));
        System.out.printf(
                "%nSeeded %,d bottlenecks, %,d comments, %,d agenda items in %,d sessions, %,d documents"
                        + " in %.1f s%n",
                dsl.fetchCount(BOTTLENECK),
                dsl.fetchCount(BOTTLENECK_COMMENT),
                dsl.fetchCount(AGENDA_ITEM),
                dsl.fetchCount(WORK_SESSION),
                dsl.fetchCount(DOCUMENT),
                (System.nanoTime() - seedStart) / 1e9);

        String rareWord = rare.get(1234);
        Map<String, Supplier<SearchResults>> searches = new LinkedHashMap<>();
        searches.put("professional, one common word (~1 in 20 items)", as(DemoUsers.DEN_HAAG, "zorg"));
        searches.put("professional, a word in half of all items", as(DemoUsers.DEN_HAAG, "samenwerking"));
        searches.put("professional, two common words", as(DemoUsers.DEN_HAAG, "gezin overleg"));
        searches.put("professional, one rare word", as(DemoUsers.DEN_HAAG, rareWord));
        searches.put("professional, common + rare word", as(DemoUsers.DEN_HAAG, "zorg " + rareWord));
        searches.put(
                "professional, start of ~250 rare words (" + rareWord.substring(0, 4) + ")",
                as(DemoUsers.DEN_HAAG, rareWord.substring(0, 4)));
        searches.put("professional, three-letter word (ggd)", as(DemoUsers.DEN_HAAG, "ggd"));
        searches.put("professional, page 10 of a common word", () -> {
            SignIn.as(users, DemoUsers.DEN_HAAG);
            return search.search("regio", Set.of(), null, 180, 20);
        });
        searches.put("observer, one common word", as(DemoUsers.OBSERVER, "gemeente"));
        searches.put("facilitator, common word, one region, two types", () -> {
            SignIn.as(users, DemoUsers.FACILITATOR);
            return search.search(
                    "ziekenhuis", Set.of(SearchType.BOTTLENECK, SearchType.COMMENT), regionIds.get(2), 0, 20);
        });
        searches.put("facilitator, word found nowhere", as(DemoUsers.FACILITATOR, "nergensgevonden"));

        System.out.printf(
                "%n%-52s %9s %9s %9s %9s%n",
                "search (" + RUNS + " runs each)", "results", "p50 ms", "p95 ms", "max ms");
        for (Map.Entry<String, Supplier<SearchResults>> entry : searches.entrySet()) {
            int total = entry.getValue().get().total();
            double[] millis = time(entry.getValue(), WARM_UP, RUNS);
            System.out.printf(
                    "%-52s %,9d %9.2f %9.2f %9.2f%n",
                    entry.getKey(), total, percentile(millis, 50), percentile(millis, 95), millis[millis.length - 1]);
        }
        System.out.printf("target: p95 < %.0f ms each%n", TARGET_P95_MILLIS);
        assertThat(searches.get("professional, one common word (~1 in 20 items)")
                        .get()
                        .total())
                .isPositive();
    }

    private Supplier<SearchResults> as(String email, String words) {
        return () -> {
            SignIn.as(users, email);
            return search.search(words, Set.of(), null, 0, 20);
        };
    }

    /** A sentence of 12 to 40 words: filler, a common word now and then, and a few rare ones. */
    private String text() {
        int length = 12 + random.nextInt(29);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(100);
            String word = pick < 2
                    ? COMMON.get(random.nextInt(COMMON.size()))
                    : pick < 12 ? rare.get(random.nextInt(rare.size())) : FILLER.get(random.nextInt(FILLER.size()));
            text.append(word).append(i % 9 == 8 ? ". " : " ");
        }
        return text.toString().strip();
    }

    private static final List<String> FILLER = List.of(
            "de",
            "het",
            "een",
            "van",
            "voor",
            "met",
            "bij",
            "naar",
            "werkwijze",
            "afspraken",
            "samenwerking",
            "praktijk",
            "ervaring",
            "knelpunt",
            "oplossing",
            "afstemming",
            "signalering",
            "begeleiding",
            "financiering",
            "wachttijd",
            "planning",
            "vervolg",
            "evaluatie",
            "project",
            "netwerk",
            "casus",
            "scholing",
            "triage",
            "verwijzing",
            "nazorg");

    // ---- seeding, in multi-row inserts straight into the tables

    private void seed(List<Long> regionIds, long author, long facilitator) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int bottleneckCount = ITEMS * 3 / 10;
        int commentCount = ITEMS * 4 / 10;
        int sessionCount = ITEMS / 50;
        int agendaItemsEach = 10;
        int documentCount = ITEMS - bottleneckCount - commentCount - sessionCount * agendaItemsEach;
        var categories = BottleneckCategory.values();

        List<RowN> rows = new ArrayList<>();
        for (int i = 0; i < bottleneckCount; i++) {
            Instant raisedAt = now.minus(Duration.ofMinutes(bottleneckCount - i));
            rows.add(row(
                    regionIds.get(i % regionIds.size()),
                    "Zoekbenchmark " + text().substring(0, 40),
                    text(),
                    categories[i % categories.length],
                    BottleneckStatus.RAISED,
                    author,
                    raisedAt,
                    raisedAt));
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
                BOTTLENECK.LAST_STEP_AT);
        List<Long> bottleneckIds = dsl.select(BOTTLENECK.ID)
                .from(BOTTLENECK)
                .where(BOTTLENECK.TITLE.startsWith("Zoekbenchmark "))
                .fetch(BOTTLENECK.ID);

        rows = new ArrayList<>();
        for (int i = 0; i < commentCount; i++) {
            rows.add(row(
                    bottleneckIds.get(random.nextInt(bottleneckIds.size())),
                    author,
                    text(),
                    now.minus(Duration.ofSeconds(commentCount - i))));
        }
        insert(
                dsl,
                BOTTLENECK_COMMENT,
                rows,
                BOTTLENECK_COMMENT.BOTTLENECK_ID,
                BOTTLENECK_COMMENT.AUTHOR_ID,
                BOTTLENECK_COMMENT.BODY,
                BOTTLENECK_COMMENT.CREATED_AT);

        rows = new ArrayList<>();
        for (int i = 0; i < sessionCount; i++) {
            Instant startsAt = now.minus(Duration.ofDays(sessionCount - i));
            Long regionId = i % 8 == 7 ? null : regionIds.get(i % regionIds.size());
            rows.add(row(
                    regionId,
                    "Zoekbenchmark-sessie " + i,
                    startsAt,
                    startsAt.plus(Duration.ofHours(2)),
                    i % 3 == 0 ? SessionState.PLANNED : SessionState.CLOSED,
                    facilitator));
        }
        insert(
                dsl,
                WORK_SESSION,
                rows,
                WORK_SESSION.REGION_ID,
                WORK_SESSION.TITLE,
                WORK_SESSION.STARTS_AT,
                WORK_SESSION.ENDS_AT,
                WORK_SESSION.STATE,
                WORK_SESSION.CREATED_BY);
        List<Long> sessionIds = dsl.select(WORK_SESSION.ID)
                .from(WORK_SESSION)
                .where(WORK_SESSION.TITLE.startsWith("Zoekbenchmark-sessie "))
                .fetch(WORK_SESSION.ID);
        rows = new ArrayList<>();
        for (long sessionId : sessionIds) {
            for (int position = 1; position <= agendaItemsEach; position++) {
                rows.add(row(
                        sessionId, position, "Agendapunt " + position, 20, text() + "\n\n" + text() + "\n\n" + text()));
            }
        }
        insert(
                dsl,
                AGENDA_ITEM,
                rows,
                AGENDA_ITEM.SESSION_ID,
                AGENDA_ITEM.POSITION,
                AGENDA_ITEM.TITLE,
                AGENDA_ITEM.DURATION_MINUTES,
                AGENDA_ITEM.NOTES);

        rows = new ArrayList<>();
        var levels = PublicationLevel.values();
        for (int i = 0; i < documentCount; i++) {
            rows.add(row(
                    regionIds.get(i % regionIds.size()),
                    text().substring(0, 30),
                    text(),
                    levels[i % levels.length],
                    "document.pdf",
                    FileType.PDF,
                    1000L,
                    "0".repeat(64),
                    UUID.randomUUID().toString(),
                    author,
                    now.minus(Duration.ofMinutes(i))));
        }
        insert(
                dsl,
                DOCUMENT,
                rows,
                DOCUMENT.REGION_ID,
                DOCUMENT.TITLE,
                DOCUMENT.DESCRIPTION,
                DOCUMENT.PUBLICATION_LEVEL,
                DOCUMENT.ORIGINAL_NAME,
                DOCUMENT.FILE_TYPE,
                DOCUMENT.SIZE_BYTES,
                DOCUMENT.SHA256,
                DOCUMENT.STORAGE_KEY,
                DOCUMENT.UPLOADED_BY,
                DOCUMENT.UPLOADED_AT);
        dsl.execute("optimize table bottleneck, bottleneck_comment, agenda_item, document");
        dsl.execute("analyze table bottleneck, bottleneck_comment, agenda_item, work_session, document");
    }
}

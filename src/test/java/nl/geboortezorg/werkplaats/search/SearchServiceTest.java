package nl.geboortezorg.werkplaats.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.Comment;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.documents.DocumentDraft;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.TestFiles;
import nl.geboortezorg.werkplaats.factsheets.FactsheetDraft;
import nl.geboortezorg.werkplaats.factsheets.FactsheetFixture;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import nl.geboortezorg.werkplaats.mkba.CostBenefitFixture;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.TestTimes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The search on a real MariaDB: what each role finds (checked in the query), words regardless of
 * case and accents, filters and pages, and typed input that is never an error. Not transactional:
 * MariaDB's full-text index sees rows once they are committed, as the services commit them.
 */
@IntegrationTest
class SearchServiceTest {

    @Autowired
    SearchService search;

    @Autowired
    FactsheetService factsheets;

    @Autowired
    ApplicationContext context;

    @Autowired
    DocumentService documents;

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    WorkSessionService sessions;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService users;

    private FactsheetFixture factsheetFixture;
    private CostBenefitFixture analysisFixture;
    private BottleneckFixture bottleneckFixture;

    @BeforeEach
    void fixtures() {
        factsheetFixture = new FactsheetFixture(factsheets, regions, users);
        analysisFixture = new CostBenefitFixture(context);
        bottleneckFixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private Set<String> titlesFoundBy(String email, String words) {
        SignIn.as(users, email);
        return search.search(words, Set.of(), null, 0, 100).results().stream()
                .map(result -> result.hit().title())
                .collect(Collectors.toSet());
    }

    private static final List<String> EVERYONE =
            List.of(DemoUsers.ADMIN, DemoUsers.FACILITATOR, DemoUsers.DEN_HAAG, DemoUsers.UTRECHT, DemoUsers.OBSERVER);

    @Test
    void drafts_are_found_by_their_region_and_facilitators_only() {
        String word = SearchWords.unique("zoekwoord");
        String factsheet = "Factsheet " + word;
        String analysis = "Analyse " + word;
        factsheetFixture.draft(factsheet, PublicationLevel.PUBLIC);
        analysisFixture.analysis(analysis, PublicationLevel.PUBLIC);

        assertThat(titlesFoundBy(DemoUsers.DEN_HAAG, word)).containsExactlyInAnyOrder(factsheet, analysis);
        assertThat(titlesFoundBy(DemoUsers.FACILITATOR, word)).containsExactlyInAnyOrder(factsheet, analysis);
        assertThat(titlesFoundBy(DemoUsers.ADMIN, word)).containsExactlyInAnyOrder(factsheet, analysis);
        assertThat(titlesFoundBy(DemoUsers.UTRECHT, word)).isEmpty();
        assertThat(titlesFoundBy(DemoUsers.OBSERVER, word)).isEmpty();
    }

    @Test
    void published_items_are_found_at_the_level_they_were_published_at() {
        String regional = SearchWords.unique("zoekwoord");
        String national = SearchWords.unique("zoekwoord");
        factsheetFixture.published("Regionaal " + regional, PublicationLevel.REGION);
        analysisFixture.published("Landelijk " + national, PublicationLevel.NATIONAL);

        assertThat(titlesFoundBy(DemoUsers.DEN_HAAG, regional)).hasSize(1);
        assertThat(titlesFoundBy(DemoUsers.UTRECHT, regional)).isEmpty();
        assertThat(titlesFoundBy(DemoUsers.OBSERVER, regional)).isEmpty();
        for (String email : EVERYONE) {
            assertThat(titlesFoundBy(email, national)).as(email).containsExactly("Landelijk " + national);
        }
    }

    @Test
    void readers_of_a_published_factsheet_do_not_find_the_words_of_its_next_draft() {
        String published = SearchWords.unique("zoekwoord");
        String revised = SearchWords.unique("zoekwoord");
        FactsheetVersion version = factsheetFixture.published("Gepubliceerd " + published, PublicationLevel.NATIONAL);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        FactsheetDraft next = factsheetFixture.complete("Herzien " + revised, PublicationLevel.NATIONAL);
        FactsheetVersion revision = factsheets.startRevision(version.factsheetId());
        factsheets.save(revision.id(), revision.version(), next);

        assertThat(titlesFoundBy(DemoUsers.OBSERVER, published)).containsExactly("Gepubliceerd " + published);
        assertThat(titlesFoundBy(DemoUsers.UTRECHT, revised)).isEmpty();
        assertThat(titlesFoundBy(DemoUsers.OBSERVER, revised)).isEmpty();
        assertThat(titlesFoundBy(DemoUsers.DEN_HAAG, revised)).containsExactly("Herzien " + revised);
    }

    @Test
    void documents_are_found_by_title_and_description_at_their_level() {
        String word = SearchWords.unique("zoekwoord");
        SignIn.as(users, DemoUsers.DEN_HAAG);
        documents.add(
                factsheetFixture.denHaag,
                new DocumentDraft("Convenant", "Afspraken over " + word, PublicationLevel.REGION),
                documents.receive("convenant.pdf", TestFiles.stream(TestFiles.pdf())));

        assertThat(titlesFoundBy(DemoUsers.DEN_HAAG, word)).containsExactly("Convenant");
        assertThat(titlesFoundBy(DemoUsers.FACILITATOR, word)).containsExactly("Convenant");
        assertThat(titlesFoundBy(DemoUsers.UTRECHT, word)).isEmpty();
        assertThat(titlesFoundBy(DemoUsers.OBSERVER, word)).isEmpty();
    }

    @Test
    void session_notes_are_found_where_the_session_is_seen_and_by_observers_once_national_minutes_exist() {
        String regional = SearchWords.unique("zoekwoord");
        String national = SearchWords.unique("zoekwoord");
        SignIn.as(users, DemoUsers.FACILITATOR);
        WorkSession denHaag = running(factsheetFixture.denHaag, "Notities " + regional);
        WorkSession landelijk = running(null, "Notities " + national);

        assertThat(titlesFoundBy(DemoUsers.DEN_HAAG, regional)).hasSize(1);
        assertThat(titlesFoundBy(DemoUsers.UTRECHT, regional)).isEmpty();
        assertThat(titlesFoundBy(DemoUsers.OBSERVER, regional)).isEmpty();
        assertThat(titlesFoundBy(DemoUsers.UTRECHT, national)).hasSize(1);
        assertThat(titlesFoundBy(DemoUsers.OBSERVER, national))
                .as("notes of a running session")
                .isEmpty();

        SignIn.as(users, DemoUsers.FACILITATOR);
        WorkSession current = sessions.get(landelijk.id()).orElseThrow();
        sessions.close(current.id(), current.version(), Set.of());
        assertThat(titlesFoundBy(DemoUsers.OBSERVER, national))
                .as("minutes of a closed national session")
                .containsExactly("Landelijke sessie · Terugblik");
        SignIn.as(users, DemoUsers.FACILITATOR);
        WorkSession regionalSession = sessions.get(denHaag.id()).orElseThrow();
        sessions.close(regionalSession.id(), regionalSession.version(), Set.of());
        assertThat(titlesFoundBy(DemoUsers.OBSERVER, regional))
                .as("minutes of a regional session")
                .isEmpty();
    }

    private WorkSession running(Long regionId, String notes) {
        WorkSession planned = sessions.create(new WorkSessionDraft(
                regionId,
                regionId == null ? "Landelijke sessie" : "Regiosessie",
                TestTimes.daysAheadAt(9, 10),
                TestTimes.daysAheadAt(9, 12),
                null,
                null,
                List.of(new AgendaItemDraft("Terugblik", 20, null)),
                Set.of()));
        WorkSession running = sessions.start(planned.id(), planned.version());
        sessions.saveNotes(running.agenda().getFirst().id(), 0, notes);
        return running;
    }

    @Test
    void bottlenecks_and_comments_are_found_by_everyone_signed_in_but_hidden_comments_by_no_one() {
        String word = SearchWords.unique("zoekwoord");
        String hiddenWord = SearchWords.unique("zoekwoord");
        Bottleneck raised = bottleneckFixture.raisedInDenHaag("Knelpunt " + word);
        SignIn.as(users, DemoUsers.UTRECHT);
        bottlenecks.comment(raised.id(), "Herkenbaar, " + word);
        Comment hidden = bottlenecks.comment(raised.id(), "Te verbergen " + hiddenWord);
        SignIn.as(users, DemoUsers.FACILITATOR);
        bottlenecks.hideComment(hidden.id(), hidden.version(), "Hoort hier niet");

        for (String email : EVERYONE) {
            SignIn.as(users, email);
            SearchResults found = search.search(word, Set.of(), null, 0, 10);
            assertThat(found.results())
                    .as(email)
                    .extracting(result -> result.hit().type())
                    .containsExactlyInAnyOrder(SearchType.BOTTLENECK, SearchType.COMMENT);
            assertThat(search.search(hiddenWord, Set.of(), null, 0, 10).total())
                    .as(email)
                    .isZero();
        }
    }

    @Test
    void every_result_names_the_page_that_shows_it() {
        String word = SearchWords.unique("zoekwoord");
        FactsheetVersion factsheet = factsheetFixture.draft("Factsheet " + word, PublicationLevel.PUBLIC);
        long analysis = analysisFixture
                .analysis("Analyse " + word, PublicationLevel.PUBLIC)
                .id();
        Bottleneck bottleneck = bottleneckFixture.raisedInDenHaag("Knelpunt " + word);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        bottlenecks.comment(bottleneck.id(), "Herkenbaar, " + word);
        documents.add(
                factsheetFixture.denHaag,
                new DocumentDraft("Convenant " + word, null, PublicationLevel.REGION),
                documents.receive("convenant.pdf", TestFiles.stream(TestFiles.pdf())));
        SignIn.as(users, DemoUsers.FACILITATOR);
        WorkSession session = running(factsheetFixture.denHaag, "Notities " + word);

        Map<SearchType, Destination> found = search.search(word, Set.of(), null, 0, 10).results().stream()
                .collect(Collectors.toMap(
                        result -> result.hit().type(), result -> result.hit().destination()));

        assertThat(found)
                .containsOnly(
                        entry(SearchType.FACTSHEET, new Destination.Factsheet(factsheet.factsheetId())),
                        entry(SearchType.ANALYSIS, new Destination.Analysis(analysis)),
                        entry(SearchType.BOTTLENECK, new Destination.Bottleneck(bottleneck.id())),
                        entry(SearchType.COMMENT, new Destination.Bottleneck(bottleneck.id())),
                        entry(SearchType.DOCUMENT, new Destination.Documents("den-haag", "Convenant " + word)),
                        entry(SearchType.SESSION, new Destination.Session(session.id())));
    }

    @Test
    void an_anonymous_visitor_finds_nothing() {
        SignIn.out();
        assertThatThrownBy(() -> search.search("knelpunt", Set.of(), null, 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void words_are_found_regardless_of_case_and_accents_and_marked_in_the_fragment() {
        String word = SearchWords.unique("zoekwoord");
        Bottleneck raised = bottleneckFixture.raisedInDenHaag("Financiële drempels " + word);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        bottlenecks.comment(raised.id(), "Bij ons zag de coördinator van het café hetzelfde " + word + ".");

        for (String typed : List.of("FINANCIELE " + word, "financiële " + word.toUpperCase())) {
            assertThat(search.search(typed, Set.of(SearchType.BOTTLENECK), null, 0, 10)
                            .total())
                    .as(typed)
                    .isOne();
        }
        SearchResults found = search.search("Coordinator CAFE " + word, Set.of(), null, 0, 10);
        assertThat(found.total()).isOne();
        SearchResult comment = found.results().getFirst();
        assertThat(comment.fragment().parts())
                .filteredOn(Fragment.Part::match)
                .extracting(Fragment.Part::text)
                .containsExactly("coördinator", "café", word);
        assertThat(comment.hit().destination()).isEqualTo(new Destination.Bottleneck(raised.id()));
        assertThat(comment.hit().regionName()).isEqualTo("Den Haag");
    }

    @Test
    void words_are_prefixes_and_every_word_must_occur() {
        String word = SearchWords.unique("zoekwoord");
        bottleneckFixture.raisedInDenHaag("Kraamzorgorganisaties " + word);
        SignIn.as(users, DemoUsers.DEN_HAAG);

        assertThat(search.search("kraamzorg " + word, Set.of(), null, 0, 10).total())
                .isOne();
        assertThat(search.search("kraamzorg " + word + " verloskundige", Set.of(), null, 0, 10)
                        .total())
                .isZero();
    }

    @Test
    void filters_by_type_and_region_and_pages_newest_first() {
        String word = SearchWords.unique("zoekwoord");
        for (int i = 1; i <= 5; i++) {
            bottleneckFixture.raisedInDenHaag("Knelpunt " + i + " " + word);
        }
        SignIn.as(users, DemoUsers.UTRECHT);
        bottlenecks.raise(bottleneckFixture.utrecht, BottleneckFixture.draft("Utrecht " + word));
        analysisFixture.analysis("Analyse " + word, PublicationLevel.REGION);
        SignIn.as(users, DemoUsers.FACILITATOR);

        SearchResults all = search.search(word, Set.of(), null, 0, 4);
        assertThat(all.total()).isEqualTo(7);
        assertThat(all.results()).hasSize(4);
        assertThat(all.perType()).containsEntry(SearchType.BOTTLENECK, 6).containsEntry(SearchType.ANALYSIS, 1);
        SearchResults second = search.search(word, Set.of(), null, 4, 4);
        assertThat(second.results()).hasSize(3);
        List<SearchResult> both = new java.util.ArrayList<>(all.results());
        both.addAll(second.results());
        assertThat(both)
                .extracting(result -> result.hit().when())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(both).extracting(result -> result.hit().title()).doesNotHaveDuplicates();

        SearchResults bottlenecksOnly = search.search(word, Set.of(SearchType.BOTTLENECK), null, 0, 10);
        assertThat(bottlenecksOnly.total()).isEqualTo(6);
        assertThat(bottlenecksOnly.perType()).containsEntry(SearchType.ANALYSIS, 1);
        SearchResults inUtrecht = search.search(word, Set.of(), bottleneckFixture.utrecht, 0, 10);
        assertThat(inUtrecht.results())
                .extracting(result -> result.hit().title())
                .containsExactly("Utrecht " + word);
        assertThat(search.search(word, Set.of(), bottleneckFixture.denHaag, 0, 10)
                        .total())
                .isEqualTo(6);
    }

    @Test
    void typed_operators_quotes_sql_and_very_long_input_are_plain_words_and_never_an_error() {
        String word = SearchWords.unique("zoekwoord");
        bottleneckFixture.raisedInDenHaag("Gegevensdeling " + word);
        SignIn.as(users, DemoUsers.DEN_HAAG);

        List<String> hostile = List.of(
                "\"" + word + "\"",
                "+" + word + " -gegevensdeling",
                word + "*** ~@8 <>()",
                "' OR 1=1; -- " + word,
                word + "\") OR (\"",
                "%_\\" + word + "\\'",
                "\u202Egegevensdeling\u202C " + word,
                (word + " ").repeat(5_000),
                "ab " + word + " " + "cd ".repeat(3_000),
                "gegevensdeling\u0000" + word);
        for (String typed : hostile) {
            SearchResults found = search.search(typed, Set.of(), null, 0, 10);
            assertThat(found.total())
                    .as(typed.substring(0, Math.min(80, typed.length())))
                    .isOne();
        }
        assertThat(search.search("'; drop table bottleneck; -- " + word, Set.of(), null, 0, 10)
                        .total())
                .as("every word must occur, these are words like any other")
                .isZero();
        assertThat(search.search(word, Set.of(), null, 0, 10).total()).isOne();
        assertThat(search.search("x".repeat(50_000), Set.of(), null, 0, 10).total())
                .isZero();
        assertThat(search.search("*** \"\" + - () @ ~", Set.of(), null, 0, 10)
                        .query()
                        .isEmpty())
                .isTrue();
        assertThat(search.search("de en op", Set.of(), null, 0, 10).total()).isZero();
        assertThat(search.search(null, Set.of(), null, -5, 100_000).total()).isZero();
        assertThat(search.search(word, Set.of(), null, Integer.MAX_VALUE, -1).total())
                .isOne();
    }

    @Test
    void dutch_words_that_are_english_stopwords_are_found() {
        String word = SearchWords.unique("zoekwoord");
        bottleneckFixture.raisedInDenHaag("Wat was er over de zorg die ontbrak " + word);
        SignIn.as(users, DemoUsers.DEN_HAAG);

        assertThat(search.search("was over die " + word, Set.of(), null, 0, 10).total())
                .isOne();
    }
}

package nl.geboortezorg.werkplaats.factsheets;

import static nl.geboortezorg.werkplaats.testsupport.Refusals.fields;
import static nl.geboortezorg.werkplaats.testsupport.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.audit.AuditEvent;
import nl.geboortezorg.werkplaats.audit.AuditFilter;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentDraft;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.LinkTarget;
import nl.geboortezorg.werkplaats.notifications.ActivityKind;
import nl.geboortezorg.werkplaats.notifications.NotificationService;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.search.SearchService;
import nl.geboortezorg.werkplaats.search.SearchType;
import nl.geboortezorg.werkplaats.search.SearchWords;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Correcting factsheets: writers delete a draft (a factsheet never published goes entirely, a
 * draft revision goes back to the published version), facilitators withdraw a published one from
 * the knowledge base. Not in one rolled-back transaction: the full-text index the search reads is
 * only brought up to date on commit, and these tests check that the search follows.
 */
@IntegrationTest
class FactsheetCorrectionsTest {

    @Autowired
    FactsheetService factsheets;

    @Autowired
    RegionService regions;

    @Autowired
    DocumentService documents;

    @Autowired
    SearchService search;

    @Autowired
    AuditTrail audit;

    @Autowired
    NotificationService notifications;

    @Autowired
    UserDetailsService users;

    private FactsheetFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new FactsheetFixture(factsheets, regions, users);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private Set<String> found(String email, String word) {
        SignIn.as(users, email);
        return search.search(word, Set.of(SearchType.FACTSHEET), null, 0, 50).results().stream()
                .map(result -> result.hit().title())
                .collect(Collectors.toSet());
    }

    private Set<String> actionsOn(String entityType, long id) {
        SignIn.as(users, DemoUsers.ADMIN);
        return audit.find(new AuditFilter(entityType, null, null, null), 0, 500).stream()
                .filter(e -> e.entityId().equals(String.valueOf(id)))
                .map(AuditEvent::action)
                .collect(Collectors.toSet());
    }

    // ---- deleting a draft

    @Test
    void a_factsheet_never_published_is_deleted_entirely_and_its_documents_stay_unlinked() {
        String word = SearchWords.unique("verwijderd");
        FactsheetVersion draft = fixture.draft("Concept " + word, PublicationLevel.PUBLIC);
        Document report = documents.add(
                fixture.denHaag,
                new DocumentDraft("Verslag " + word, null, PublicationLevel.REGION),
                documents.receive("verslag.pdf", new ByteArrayInputStream("%PDF-1.4 verslag".getBytes())));
        documents.link(report.id(), LinkTarget.factsheet(draft.factsheetId()));
        assertThat(found(DemoUsers.DEN_HAAG, word)).containsExactly("Concept " + word);

        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThatThrownBy(() -> factsheets.deleteDraft(draft.id(), draft.version() + 1))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(factsheets.detail(draft.factsheetId())).isPresent();

        assertThat(factsheets.deleteDraft(draft.id(), draft.version())).isTrue();

        assertThat(factsheets.detail(draft.factsheetId())).isEmpty();
        assertThat(factsheets.version(draft.id())).isEmpty();
        assertThat(factsheets.find(FactsheetFilter.all().inRegion(fixture.denHaag), 0, 500))
                .noneMatch(f -> f.factsheetId() == draft.factsheetId());
        assertThat(found(DemoUsers.DEN_HAAG, word)).isEmpty();
        assertThat(found(DemoUsers.FACILITATOR, word)).isEmpty();
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(documents.get(report.id())).isPresent();
        assertThat(documents.linkedTo(LinkTarget.factsheet(draft.factsheetId())))
                .isEmpty();
        assertThat(actionsOn("factsheet", draft.factsheetId())).contains("create", "delete");
        assertThat(actionsOn("factsheet-version", draft.id())).contains("create", "delete");
    }

    @Test
    void a_draft_revision_is_discarded_and_readers_and_the_search_keep_the_published_version() {
        String word = SearchWords.unique("herzien");
        FactsheetVersion published = fixture.published("Gepubliceerd " + word, PublicationLevel.NATIONAL);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        FactsheetVersion revision = factsheets.startRevision(published.factsheetId());
        FactsheetVersion saved = factsheets.save(
                revision.id(), revision.version(), fixture.complete("Herziening " + word, PublicationLevel.NATIONAL));
        assertThat(found(DemoUsers.DEN_HAAG, word)).containsExactly("Herziening " + word);

        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThatThrownBy(() -> factsheets.deleteDraft(saved.id(), revision.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(factsheets.deleteDraft(saved.id(), saved.version())).isFalse();

        FactsheetDetail detail = factsheets.detail(published.factsheetId()).orElseThrow();
        assertThat(detail.working()).isNull();
        assertThat(detail.published().id()).isEqualTo(published.id());
        assertThat(detail.versions())
                .extracting(FactsheetDetail.VersionInfo::id)
                .containsExactly(published.id());
        assertThat(factsheets.version(saved.id())).isEmpty();
        assertThat(found(DemoUsers.DEN_HAAG, word)).containsExactly("Gepubliceerd " + word);
        assertThat(found(DemoUsers.OBSERVER, word)).containsExactly("Gepubliceerd " + word);
        assertThat(actionsOn("factsheet-version", saved.id())).contains("create", "delete");

        // the writers can start again from the published version
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(factsheets.startRevision(published.factsheetId()).title()).isEqualTo("Gepubliceerd " + word);
    }

    @Test
    void only_a_draft_being_worked_on_is_deleted_and_only_by_the_regions_writers() {
        FactsheetVersion draft = fixture.draft(FactsheetFixture.unique("Niet van Utrecht"), PublicationLevel.PUBLIC);
        SignIn.as(users, DemoUsers.UTRECHT);
        assertThatThrownBy(() -> factsheets.deleteDraft(draft.id(), draft.version()))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, DemoUsers.OBSERVER);
        assertThatThrownBy(() -> factsheets.deleteDraft(draft.id(), draft.version()))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, DemoUsers.DEN_HAAG);
        FactsheetVersion submitted = factsheets.submit(draft.id(), draft.version());
        assertThat(fields(invalid(() -> factsheets.deleteDraft(submitted.id(), submitted.version()))))
                .containsExactly("state");

        FactsheetVersion published = fixture.published(FactsheetFixture.unique("Blijft"), PublicationLevel.PUBLIC);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(invalid(() -> factsheets.deleteDraft(published.id(), published.version()))
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("factsheet.delete-refused.PUBLISHED"));
        assertThat(factsheets.detail(published.factsheetId()).orElseThrow().published())
                .isNotNull();
        assertThat(factsheets
                        .detail(submitted.factsheetId())
                        .orElseThrow()
                        .working()
                        .state())
                .isEqualTo(FactsheetState.SUBMITTED);
    }

    // ---- withdrawing a published factsheet

    @Test
    void a_withdrawn_factsheet_leaves_the_knowledge_base_at_once_and_stays_marked_for_readers_inside() {
        String word = SearchWords.unique("ingetrokken");
        FactsheetVersion first = fixture.published("Eerste " + word, PublicationLevel.PUBLIC);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        FactsheetVersion revision = factsheets.startRevision(first.factsheetId());
        revision = factsheets.save(
                revision.id(), revision.version(), fixture.complete("Openbaar " + word, PublicationLevel.PUBLIC));
        revision = factsheets.submit(revision.id(), revision.version());
        SignIn.as(users, DemoUsers.FACILITATOR);
        FactsheetVersion published = factsheets.publish(revision.id(), revision.version());
        SignIn.out();
        assertThat(factsheets.findPublic(word, 0, 10))
                .extracting(FactsheetSummary::title)
                .containsExactly("Openbaar " + word);
        assertThat(factsheets.publicFactsheet(published.factsheetId())).isPresent();

        SignIn.as(users, DemoUsers.FACILITATOR);
        assertThat(fields(invalid(() -> factsheets.withdraw(published.id(), published.version(), "  "))))
                .containsExactly("reason");
        assertThatThrownBy(() -> factsheets.withdraw(published.id(), published.version() + 1, "Verouderd"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(fields(invalid(() -> factsheets.withdraw(first.id(), first.version(), "Verouderd"))))
                .containsExactly("state");
        FactsheetVersion withdrawn =
                factsheets.withdraw(published.id(), published.version(), "  De cijfers bleken niet te kloppen. ");

        assertThat(withdrawn.state()).isEqualTo(FactsheetState.WITHDRAWN);
        assertThat(withdrawn.withdrawal()).isNotNull();
        assertThat(withdrawn.withdrawal().reason()).isEqualTo("De cijfers bleken niet te kloppen.");
        assertThat(withdrawn.withdrawal().withdrawnBy()).isEqualTo("Fenna Facilitator");
        SignIn.out();
        assertThat(factsheets.findPublic(word, 0, 10)).isEmpty();
        assertThat(factsheets.countPublic(word)).isZero();
        assertThat(factsheets.findPublic("", 0, 1000)).noneMatch(f -> f.factsheetId() == published.factsheetId());
        assertThat(factsheets.publicFactsheet(published.factsheetId())).isEmpty();

        // inside the platform: readable for the record, marked, with every version kept
        SignIn.as(users, DemoUsers.OBSERVER);
        FactsheetDetail seen = factsheets.detail(published.factsheetId()).orElseThrow();
        assertThat(seen.published().state()).isEqualTo(FactsheetState.WITHDRAWN);
        assertThat(seen.published().withdrawal().reason()).isEqualTo("De cijfers bleken niet te kloppen.");
        assertThat(seen.versions())
                .extracting(FactsheetDetail.VersionInfo::state)
                .containsExactly(FactsheetState.WITHDRAWN, FactsheetState.WITHDRAWN);
        assertThat(factsheets.version(first.id()).orElseThrow().withdrawal().reason())
                .isEqualTo("De cijfers bleken niet te kloppen.");
        assertThat(factsheets.find(FactsheetFilter.all().containing(word), 0, 10))
                .singleElement()
                .satisfies(f -> assertThat(f.withdrawn()).isTrue());
        assertThat(found(DemoUsers.OBSERVER, word)).containsExactly("Openbaar " + word);
        assertThat(actionsOn("factsheet-version", published.id())).contains("publish", "withdraw");
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(notifications.mine(0, 50))
                .as("the region's writers hear of it")
                .anyMatch(n -> n.activity().kind() == ActivityKind.FACTSHEET_WITHDRAWN
                        && n.activity().itemId() == published.factsheetId());
    }

    @Test
    void a_withdrawn_factsheet_is_public_again_only_after_a_new_version_is_reviewed_and_published() {
        String word = SearchWords.unique("opnieuw");
        FactsheetVersion published = fixture.published("Openbaar " + word, PublicationLevel.PUBLIC);
        FactsheetVersion withdrawn = factsheets.withdraw(published.id(), published.version(), "Wordt herschreven");
        assertThat(fields(invalid(() -> factsheets.withdraw(withdrawn.id(), withdrawn.version(), "Nogmaals"))))
                .containsExactly("state");

        SignIn.as(users, DemoUsers.DEN_HAAG);
        FactsheetVersion revision = factsheets.startRevision(published.factsheetId());
        assertThat(revision.number()).isEqualTo(2);
        revision = factsheets.submit(revision.id(), revision.version());
        SignIn.out();
        assertThat(factsheets.findPublic(word, 0, 10)).isEmpty();

        SignIn.as(users, DemoUsers.FACILITATOR);
        factsheets.publish(revision.id(), revision.version());
        SignIn.out();
        assertThat(factsheets.findPublic(word, 0, 10))
                .singleElement()
                .satisfies(f -> assertThat(f.publishedNumber()).isEqualTo(2));
        assertThat(factsheets
                        .publicFactsheet(published.factsheetId())
                        .orElseThrow()
                        .id())
                .isEqualTo(revision.id());
        SignIn.as(users, DemoUsers.FACILITATOR);
        assertThat(factsheets.version(published.id()).orElseThrow().state()).isEqualTo(FactsheetState.WITHDRAWN);
    }

    @Test
    void only_facilitators_and_admins_withdraw() {
        FactsheetVersion published =
                fixture.published(FactsheetFixture.unique("Blijft staan"), PublicationLevel.PUBLIC);
        for (String email : new String[] {DemoUsers.DEN_HAAG, DemoUsers.OBSERVER}) {
            SignIn.as(users, email);
            assertThatThrownBy(() -> factsheets.withdraw(published.id(), published.version(), "Weg ermee"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        SignIn.out();
        assertThat(factsheets.publicFactsheet(published.factsheetId())).isPresent();
    }
}

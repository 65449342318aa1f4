package nl.geboortezorg.werkplaats.factsheets;

import static nl.geboortezorg.werkplaats.factsheets.FactsheetFixture.unique;
import static nl.geboortezorg.werkplaats.testsupport.Refusals.fields;
import static nl.geboortezorg.werkplaats.testsupport.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.geboortezorg.werkplaats.audit.AuditEvent;
import nl.geboortezorg.werkplaats.audit.AuditFilter;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class FactsheetServiceTest {

    @Autowired
    FactsheetService factsheets;

    @Autowired
    RegionService regions;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService users;

    private FactsheetFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new FactsheetFixture(factsheets, regions, users);
    }

    // ---- workflow

    @Test
    void a_draft_goes_through_review_to_published_and_every_step_is_audited() {
        String title = unique("Sociaal verloskundig spreekuur");
        FactsheetVersion draft = fixture.draft(title, PublicationLevel.NATIONAL);
        assertThat(draft.state()).isEqualTo(FactsheetState.DRAFT);
        assertThat(draft.number()).isEqualTo(1);
        assertThat(draft.partners()).hasSize(3);
        assertThat(draft.keyFigures())
                .extracting(KeyFigure::asText)
                .containsExactly("Gezinnen begeleid: 128 gezinnen (2025)");

        FactsheetVersion submitted = factsheets.submit(draft.id(), draft.version());
        assertThat(submitted.state()).isEqualTo(FactsheetState.SUBMITTED);
        assertThat(submitted.workflow().submittedBy()).isEqualTo("Daan de Vries");
        assertThat(factsheets.find(FactsheetFilter.all().awaitingReview(true), 0, 100))
                .extracting(FactsheetSummary::factsheetId)
                .contains(draft.factsheetId());

        SignIn.as(users, DemoUsers.FACILITATOR);
        FactsheetVersion published = factsheets.publish(submitted.id(), submitted.version());
        assertThat(published.state()).isEqualTo(FactsheetState.PUBLISHED);
        assertThat(published.workflow().publishedAt()).isNotNull();
        FactsheetDetail detail = factsheets.detail(draft.factsheetId()).orElseThrow();
        assertThat(detail.published().id()).isEqualTo(draft.id());
        assertThat(detail.working()).isNull();

        SignIn.as(users, DemoUsers.ADMIN);
        assertThat(audit.find(new AuditFilter("factsheet-version", null, null, null), 0, 200).stream()
                        .filter(e -> e.entityId().equals(String.valueOf(draft.id())))
                        .map(AuditEvent::action))
                .contains("create", "submit", "publish");
    }

    @Test
    void a_facilitator_returns_a_submission_with_comments_and_the_writers_resubmit_it() {
        FactsheetVersion draft = fixture.draft(unique("Terug te sturen"), PublicationLevel.REGION);
        FactsheetVersion submitted = factsheets.submit(draft.id(), draft.version());
        SignIn.as(users, DemoUsers.FACILITATOR);

        ValidationException noComment =
                invalid(() -> factsheets.returnToWriters(submitted.id(), submitted.version(), " "));
        assertThat(fields(noComment)).containsExactly("comment");

        FactsheetVersion returned =
                factsheets.returnToWriters(submitted.id(), submitted.version(), "Voeg de resultaten van 2025 toe.");
        assertThat(returned.state()).isEqualTo(FactsheetState.RETURNED);
        assertThat(returned.workflow().reviewComment()).isEqualTo("Voeg de resultaten van 2025 toe.");
        assertThat(returned.workflow().reviewedBy()).isEqualTo("Fenna Facilitator");

        SignIn.as(users, DemoUsers.DEN_HAAG);
        FactsheetDraft better = fixture.complete(draft.title(), PublicationLevel.REGION);
        FactsheetVersion saved = factsheets.save(returned.id(), returned.version(), better);
        assertThat(saved.state()).isEqualTo(FactsheetState.RETURNED);
        assertThat(factsheets.submit(saved.id(), saved.version()).state()).isEqualTo(FactsheetState.SUBMITTED);
    }

    @Test
    void transitions_out_of_order_are_refused_with_a_reason_and_change_nothing() {
        FactsheetVersion draft = fixture.draft(unique("Volgorde"), PublicationLevel.REGION);
        SignIn.as(users, DemoUsers.FACILITATOR);
        assertThat(fields(invalid(() -> factsheets.publish(draft.id(), draft.version()))))
                .containsExactly("state");
        assertThat(fields(invalid(() -> factsheets.returnToWriters(draft.id(), draft.version(), "Nee"))))
                .containsExactly("state");

        FactsheetVersion submitted = factsheets.submit(draft.id(), draft.version());
        assertThat(invalid(() -> factsheets.submit(submitted.id(), submitted.version()))
                        .problems()
                        .getFirst()
                        .messageKey())
                .isEqualTo("factsheet.transition-refused.SUBMITTED");
        assertThat(invalid(() -> factsheets.save(
                                submitted.id(),
                                submitted.version(),
                                fixture.complete("Nieuw", PublicationLevel.REGION)))
                        .problems()
                        .getFirst()
                        .messageKey())
                .isEqualTo("factsheet.not-editable.SUBMITTED");

        FactsheetVersion published = factsheets.publish(submitted.id(), submitted.version());
        assertThat(fields(invalid(() -> factsheets.publish(published.id(), published.version()))))
                .containsExactly("state");
        assertThat(fields(invalid(() -> factsheets.save(
                        published.id(), published.version(), fixture.complete("Nieuw", PublicationLevel.REGION)))))
                .containsExactly("state");
        assertThat(factsheets.version(published.id()).orElseThrow().title()).isEqualTo(draft.title());
    }

    @Test
    void professionals_may_not_review_and_observers_and_other_regions_may_not_write() {
        FactsheetVersion draft = fixture.draft(unique("Rechten"), PublicationLevel.NATIONAL);
        FactsheetVersion submitted = factsheets.submit(draft.id(), draft.version());

        assertThatThrownBy(() -> factsheets.publish(submitted.id(), submitted.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> factsheets.returnToWriters(submitted.id(), submitted.version(), "Nee"))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, DemoUsers.UTRECHT);
        assertThatThrownBy(() -> factsheets.create(fixture.denHaag, fixture.complete("X", PublicationLevel.REGION)))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, DemoUsers.OBSERVER);
        assertThatThrownBy(() -> factsheets.create(fixture.denHaag, fixture.complete("X", PublicationLevel.REGION)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void submitting_with_empty_required_sections_names_each_section() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        FactsheetVersion draft = factsheets.create(
                fixture.denHaag,
                new FactsheetDraft(
                        unique("Half af"),
                        PublicationLevel.REGION,
                        "Aanleiding",
                        null,
                        "  ",
                        List.of(),
                        null,
                        List.of(),
                        null,
                        null,
                        null));

        ValidationException e = invalid(() -> factsheets.submit(draft.id(), draft.version()));

        assertThat(fields(e))
                .containsExactlyInAnyOrder("targetGroup", "approach", "partners", "results", "lessons", "contact");
        assertThat(e.problems())
                .extracting(FieldProblem::messageKey)
                .contains("factsheet.section-required.TARGET_GROUP");
        assertThat(factsheets.version(draft.id()).orElseThrow().state()).isEqualTo(FactsheetState.DRAFT);
    }

    @Test
    void a_draft_refuses_bad_key_figures_and_partners_of_another_region_at_the_fields() {
        SignIn.as(users, DemoUsers.ADMIN);
        long utrechtOrganisation = regions.workspace("utrecht")
                .orElseThrow()
                .organisations()
                .getFirst()
                .id();
        SignIn.as(users, DemoUsers.DEN_HAAG);
        FactsheetDraft bad = new FactsheetDraft(
                "",
                PublicationLevel.REGION,
                "x".repeat(FactsheetDraft.SECTION_MAX + 1),
                null,
                null,
                List.of(),
                null,
                List.of(
                        new KeyFigure(" ", null, null, 1800),
                        new KeyFigure("Te precies", new BigDecimal("1.234"), null, null)),
                null,
                null,
                null);
        ValidationException e = invalid(() -> factsheets.create(fixture.denHaag, bad));
        assertThat(fields(e)).contains("title", "context", "keyFigures");
        assertThat(e.problems())
                .extracting(FieldProblem::messageKey)
                .contains(
                        "factsheet.key-figure.label-required",
                        "factsheet.key-figure.value-required",
                        "factsheet.key-figure.year-range",
                        "factsheet.key-figure.value-decimals");

        FactsheetDraft foreign = new FactsheetDraft(
                "Partners",
                PublicationLevel.REGION,
                null,
                null,
                null,
                List.of(utrechtOrganisation),
                null,
                List.of(),
                null,
                null,
                null);
        assertThat(fields(invalid(() -> factsheets.create(fixture.denHaag, foreign))))
                .containsExactly("partners");
    }

    @Test
    void two_people_saving_the_same_draft_do_not_overwrite_each_other() {
        FactsheetVersion draft = fixture.draft(unique("Samen schrijven"), PublicationLevel.REGION);
        factsheets.save(draft.id(), draft.version(), fixture.complete("Eerste", PublicationLevel.REGION));

        assertThatThrownBy(() -> factsheets.save(
                        draft.id(), draft.version(), fixture.complete("Tweede", PublicationLevel.REGION)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(factsheets.version(draft.id()).orElseThrow().title()).isEqualTo("Eerste");
    }

    // ---- versions

    @Test
    void editing_a_published_factsheet_makes_a_new_version_while_readers_keep_the_published_one() {
        FactsheetVersion first = fixture.published(unique("Versies"), PublicationLevel.NATIONAL);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        FactsheetVersion revision = factsheets.startRevision(first.factsheetId());
        assertThat(revision.number()).isEqualTo(2);
        assertThat(revision.state()).isEqualTo(FactsheetState.DRAFT);
        assertThat(revision.content()).isEqualTo(first.content());
        assertThat(factsheets.startRevision(first.factsheetId()).id())
                .as("a second start gets the same draft")
                .isEqualTo(revision.id());

        FactsheetDraft changed = new FactsheetDraft(
                first.title(),
                PublicationLevel.NATIONAL,
                first.content().context(),
                first.content().targetGroup(),
                "Een sociaal verpleegkundige op de poli en een vast team in de wijk.",
                fixture.denHaagPartners,
                first.content().results(),
                List.of(new KeyFigure("Gezinnen begeleid", new BigDecimal("210"), "gezinnen", 2026)),
                first.content().lessons(),
                first.content().financing(),
                first.content().contact());
        FactsheetVersion saved = factsheets.save(revision.id(), revision.version(), changed);

        SignIn.as(users, DemoUsers.OBSERVER);
        FactsheetDetail seen = factsheets.detail(first.factsheetId()).orElseThrow();
        assertThat(seen.published().id()).isEqualTo(first.id());
        assertThat(seen.working()).as("observers never see drafts").isNull();
        assertThat(seen.versions())
                .extracting(FactsheetDetail.VersionInfo::number)
                .containsExactly(1);

        SignIn.as(users, DemoUsers.DEN_HAAG);
        FactsheetVersion submitted = factsheets.submit(saved.id(), saved.version());
        SignIn.as(users, DemoUsers.FACILITATOR);
        factsheets.publish(submitted.id(), submitted.version());
        FactsheetDetail after = factsheets.detail(first.factsheetId()).orElseThrow();
        assertThat(after.published().number()).isEqualTo(2);
        assertThat(after.versions())
                .extracting(FactsheetDetail.VersionInfo::state)
                .containsExactly(FactsheetState.PUBLISHED, FactsheetState.PUBLISHED);
        assertThat(factsheets.version(first.id()).orElseThrow().state())
                .as("the first version is kept")
                .isEqualTo(FactsheetState.PUBLISHED);

        VersionComparison comparison = factsheets.compare(saved.id(), first.id());
        assertThat(comparison.older().number()).isEqualTo(1);
        Map<FactsheetSection, Boolean> changedSections = new java.util.EnumMap<>(FactsheetSection.class);
        comparison.sections().forEach(s -> changedSections.put(s.section(), s.changed()));
        assertThat(changedSections)
                .containsEntry(FactsheetSection.APPROACH, true)
                .containsEntry(FactsheetSection.RESULTS, true)
                .containsEntry(FactsheetSection.CONTEXT, false)
                .containsEntry(FactsheetSection.PARTNERS, false);
        List<TextDiff.Segment> approach =
                comparison.sections().get(FactsheetSection.APPROACH.ordinal()).segments();
        assertThat(approach).contains(new TextDiff.Segment(TextDiff.Kind.ADDED, " en een vast team in de wijk"));
        assertThat(comparison.sections().get(FactsheetSection.RESULTS.ordinal()).segments())
                .extracting(TextDiff.Segment::text)
                .contains("128", "210", "2025", "2026");
    }

    // ---- visibility

    @Test
    void who_reads_a_published_factsheet_follows_its_level_for_every_role_and_for_anonymous_visitors() {
        FactsheetVersion regional = fixture.published(unique("Alleen regio"), PublicationLevel.REGION);
        FactsheetVersion national = fixture.published(unique("Landelijk"), PublicationLevel.NATIONAL);
        FactsheetVersion open = fixture.published(unique("Openbaar"), PublicationLevel.PUBLIC);
        FactsheetVersion draft = fixture.draft(unique("Nog concept"), PublicationLevel.PUBLIC);
        List<FactsheetVersion> all = List.of(regional, national, open, draft);

        Map<String, List<FactsheetVersion>> expected = Map.of(
                DemoUsers.ADMIN, all,
                DemoUsers.FACILITATOR, all,
                DemoUsers.DEN_HAAG, all,
                DemoUsers.UTRECHT, List.of(national, open),
                DemoUsers.OBSERVER, List.of(national, open));
        for (Map.Entry<String, List<FactsheetVersion>> who : expected.entrySet()) {
            SignIn.as(users, who.getKey());
            List<Long> listed = factsheets.find(FactsheetFilter.all().inRegion(fixture.denHaag), 0, 500).stream()
                    .map(FactsheetSummary::factsheetId)
                    .toList();
            for (FactsheetVersion version : all) {
                boolean may = who.getValue().contains(version);
                assertThat(listed.contains(version.factsheetId()))
                        .as(who.getKey() + " lists " + version.title())
                        .isEqualTo(may);
                assertThat(factsheets.detail(version.factsheetId()))
                        .as(who.getKey() + " opens " + version.title())
                        .matches(d -> d.isPresent() == may);
                assertThat(factsheets.version(version.id()).isPresent()).isEqualTo(may);
            }
        }

        SignIn.out();
        assertThat(factsheets.findPublic(null, 0, 500))
                .extracting(FactsheetSummary::factsheetId)
                .contains(open.factsheetId())
                .doesNotContain(regional.factsheetId(), national.factsheetId(), draft.factsheetId());
        assertThat(factsheets.publicFactsheet(open.factsheetId())).isPresent();
        assertThat(factsheets.publicFactsheet(national.factsheetId())).isEmpty();
        assertThat(factsheets.publicFactsheet(draft.factsheetId())).isEmpty();
        assertThatThrownBy(() -> factsheets.find(FactsheetFilter.all(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> factsheets.version(open.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_public_factsheet_whose_new_version_is_only_regional_leaves_the_knowledge_base_when_that_is_published() {
        FactsheetVersion open = fixture.published(unique("Niveau omlaag"), PublicationLevel.PUBLIC);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        FactsheetVersion revision = factsheets.startRevision(open.factsheetId());
        revision = factsheets.save(
                revision.id(), revision.version(), fixture.complete(open.title(), PublicationLevel.REGION));
        revision = factsheets.submit(revision.id(), revision.version());
        SignIn.out();
        assertThat(factsheets.publicFactsheet(open.factsheetId()))
                .as("until it is published")
                .isPresent();

        SignIn.as(users, DemoUsers.FACILITATOR);
        factsheets.publish(revision.id(), revision.version());
        SignIn.out();
        assertThat(factsheets.publicFactsheet(open.factsheetId())).isEmpty();
        assertThat(factsheets.findPublic(open.title(), 0, 10)).isEmpty();
    }

    @Test
    void regions_are_read_side_by_side_from_their_published_versions_only() {
        FactsheetVersion national = fixture.published(unique("Naast elkaar"), PublicationLevel.NATIONAL);
        FactsheetVersion regional = fixture.published(unique("Niet voor anderen"), PublicationLevel.REGION);
        SignIn.as(users, DemoUsers.UTRECHT);
        Supplier<List<FactsheetVersion>> side = () -> factsheets.publishedVersions(
                List.of(national.factsheetId(), regional.factsheetId(), national.factsheetId()));
        assertThat(side.get()).extracting(FactsheetVersion::id).containsExactly(national.id());
    }

    @Test
    void search_treats_wildcards_as_text() {
        FactsheetVersion open = fixture.published(unique("100% zorg_op maat"), PublicationLevel.PUBLIC);
        SignIn.out();
        assertThat(factsheets.findPublic("100% zorg_op", 0, 10))
                .extracting(FactsheetSummary::factsheetId)
                .containsExactly(open.factsheetId());
        assertThat(factsheets.findPublic("100_ zorg%op", 0, 10)).isEmpty();
        assertThat(factsheets.countPublic("x".repeat(FactsheetFilter.TEXT_MAX + 1)))
                .isZero();
    }
}

package nl.geboortezorg.werkplaats.regions;

import static nl.geboortezorg.werkplaats.testsupport.Refusals.invalid;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.bottleneckDraft;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.sessionDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.geboortezorg.werkplaats.audit.AuditEvent;
import nl.geboortezorg.werkplaats.audit.AuditFilter;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Admins set up regions from nothing and archive them; facilitators move the lead organisation's mark. */
@IntegrationTest
@Transactional
class RegionAdministrationTest {

    @Autowired
    RegionService regions;

    @Autowired
    RegionChoices choices;

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    WorkSessionService sessions;

    @Autowired
    AccessGuard access;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService users;

    private Region region(String code) {
        return regions.workspace(code).orElseThrow().region();
    }

    private List<AuditEvent> audited(String entity) {
        return audit.find(new AuditFilter(entity, DemoUsers.ADMIN, null, null), 0, 5);
    }

    @Test
    void an_admin_creates_a_region_whose_code_follows_from_its_name() {
        SignIn.as(users, DemoUsers.ADMIN);

        Region created = regions.createRegion(new RegionDraft("  Groningen-Drenthe  ", "", "Noordelijk partnerschap"));

        assertThat(created.code()).isEqualTo("groningen-drenthe");
        assertThat(created.name()).isEqualTo("Groningen-Drenthe");
        assertThat(created.description()).isEqualTo("Noordelijk partnerschap");
        assertThat(created.archived()).isFalse();
        assertThat(regions.regions()).extracting(RegionSummary::code).contains("groningen-drenthe");
        assertThat(regions.managedRegions())
                .extracting(managed -> managed.region().code())
                .contains("groningen-drenthe");
        assertThat(regions.workspace("groningen-drenthe")).isPresent();
        assertThat(audited("region")).first().satisfies(event -> {
            assertThat(event.action()).isEqualTo("create");
            assertThat(event.entityId()).isEqualTo(String.valueOf(created.id()));
            assertThat(event.changeJson()).contains("groningen-drenthe", "Noordelijk partnerschap");
        });
    }

    @Test
    void an_admin_may_choose_the_code_and_renames_without_changing_it() {
        SignIn.as(users, DemoUsers.ADMIN);
        Region created = regions.createRegion(new RegionDraft("Friesland", "fryslan", null));

        Region renamed =
                regions.updateRegion(created.id(), created.version(), "Fryslân", "Samen met de Friese gemeenten");

        assertThat(renamed.code()).isEqualTo("fryslan");
        assertThat(renamed.name()).isEqualTo("Fryslân");
        assertThat(renamed.description()).isEqualTo("Samen met de Friese gemeenten");
        assertThat(audited("region")).first().satisfies(event -> {
            assertThat(event.action()).isEqualTo("update");
            assertThat(event.changeJson()).contains("Friesland", "Fryslân");
        });
    }

    @Test
    void codes_are_derived_url_safe() {
        assertThat(RegionDraft.codeFor("Zuid-Limburg")).isEqualTo("zuid-limburg");
        assertThat(RegionDraft.codeFor("Amsterdam (OLVG)")).isEqualTo("amsterdam-olvg");
        assertThat(RegionDraft.codeFor("Fryslân & Één")).isEqualTo("fryslan-een");
        assertThat(RegionDraft.codeFor("  ?!  ")).isEmpty();
        assertThat(RegionDraft.codeFor("x".repeat(39) + " y")).isEqualTo("x".repeat(39));
    }

    @Test
    void missing_over_long_and_taken_names_and_codes_are_field_errors_and_nothing_is_saved() {
        SignIn.as(users, DemoUsers.ADMIN);
        int before = regions.managedRegions().size();

        assertThat(invalid(() -> regions.createRegion(new RegionDraft("  ", null, null)))
                        .problems())
                .containsExactly(FieldProblem.of("name", "validation.required"));
        assertThat(invalid(() -> regions.createRegion(new RegionDraft("x".repeat(101), "lang", "y".repeat(2001))))
                        .problems())
                .containsExactlyInAnyOrder(
                        FieldProblem.of("name", "validation.too-long", 100),
                        FieldProblem.of("description", "validation.too-long", 2000));
        assertThat(invalid(() -> regions.createRegion(new RegionDraft("Utrecht", null, null)))
                        .problems())
                .containsExactlyInAnyOrder(
                        FieldProblem.of("name", "validation.name-taken"), FieldProblem.of("code", "region.code.taken"));
        assertThat(invalid(() -> regions.createRegion(new RegionDraft("Utrecht-Zuid", "utrecht", null)))
                        .problems())
                .containsExactly(FieldProblem.of("code", "region.code.taken"));
        assertThat(invalid(() -> regions.createRegion(new RegionDraft("Den Bosch", "Den Bosch", null)))
                        .problems())
                .containsExactly(FieldProblem.of("code", "region.code.invalid"));
        assertThat(invalid(() -> regions.createRegion(new RegionDraft("Den Bosch", "den--bosch-", null)))
                        .problems())
                .containsExactly(FieldProblem.of("code", "region.code.invalid"));
        assertThat(invalid(() -> regions.createRegion(new RegionDraft("Den Bosch", "d".repeat(41), null)))
                        .problems())
                .containsExactly(FieldProblem.of("code", "validation.too-long", 40));
        assertThat(invalid(() -> regions.createRegion(new RegionDraft("???", null, null)))
                        .problems())
                .containsExactly(FieldProblem.of("code", "region.code.invalid"));

        assertThat(regions.managedRegions()).hasSize(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.FACILITATOR, DemoUsers.DEN_HAAG, DemoUsers.OBSERVER})
    void only_admins_create_rename_archive_and_list_regions_for_management(String who) {
        SignIn.as(users, DemoUsers.ADMIN);
        Region denHaag = region("den-haag");
        Region archived = regions.createRegion(new RegionDraft("Oud partnerschap", null, null));
        archived = regions.archiveRegion(archived.id(), archived.version());
        long archivedId = archived.id();
        int archivedVersion = archived.version();

        SignIn.as(users, who);
        assertThat(regions.mayManageRegions()).isFalse();
        assertThatThrownBy(() -> regions.createRegion(new RegionDraft("Nieuw", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> regions.updateRegion(denHaag.id(), denHaag.version(), "Den Haag e.o.", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> regions.archiveRegion(denHaag.id(), denHaag.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> regions.unarchiveRegion(archivedId, archivedVersion))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> regions.managedRegions()).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, DemoUsers.ADMIN);
        assertThat(region("den-haag")).isEqualTo(denHaag);
        assertThat(region(archived.code()).archived()).isTrue();
    }

    @Test
    void an_archived_region_stays_readable_but_takes_no_writes_and_leaves_the_pickers() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long raisedBefore = bottlenecks
                .raise(region("den-haag").id(), bottleneckDraft("Knelpunt voor het archiveren"))
                .id();
        SignIn.as(users, DemoUsers.ADMIN);
        Region denHaag = region("den-haag");
        Region archived = regions.archiveRegion(denHaag.id(), denHaag.version());
        assertThat(archived.archived()).isTrue();
        assertThat(audited("region"))
                .first()
                .satisfies(event -> assertThat(event.action()).isEqualTo("archive"));

        for (String who : List.of(DemoUsers.DEN_HAAG, DemoUsers.FACILITATOR, DemoUsers.ADMIN)) {
            SignIn.as(users, who);
            assertThatThrownBy(() -> regions.addOrganisation(
                            denHaag.id(), new OrganisationDraft("Nieuw in het archief", OrganisationType.OTHER)))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bottlenecks.raise(denHaag.id(), bottleneckDraft("Knelpunt in het archief")))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(access.signedIn().canWriteIn(denHaag.id())).as(who).isFalse();

            RegionWorkspace workspace = regions.workspace("den-haag").orElseThrow();
            assertThat(workspace.region().archived()).isTrue();
            assertThat(workspace.organisations()).isNotEmpty();
            assertThat(workspace.editable()).isFalse();
            assertThat(workspace.leadMarkable()).isFalse();

            assertThat(regions.regions()).extracting(RegionSummary::id).doesNotContain(denHaag.id());
            assertThat(regions.allRegions())
                    .filteredOn(summary -> summary.id() == denHaag.id())
                    .singleElement()
                    .satisfies(summary -> assertThat(summary.archived()).isTrue());
            assertThat(choices.writableBy(access.signedIn()))
                    .extracting(RegionChoice::id)
                    .doesNotContain(denHaag.id());
            assertThat(bottlenecks.regionsToRaiseIn())
                    .extracting(RegionChoice::id)
                    .doesNotContain(denHaag.id());
            // Items elsewhere still name it.
            assertThat(choices.byId()).containsKey(denHaag.id());
        }

        // nobody discusses its bottlenecks any more, other regions included
        SignIn.as(users, DemoUsers.UTRECHT);
        assertThat(invalid(() -> bottlenecks.comment(raisedBefore, "Herkenbaar bij ons"))
                        .problems())
                .containsExactly(FieldProblem.of("body", "region.archived.read-only"));

        SignIn.as(users, DemoUsers.ADMIN);
        assertThat(invalid(() -> regions.updateRegion(archived.id(), archived.version(), "Den Haag", null))
                        .problems())
                .containsExactly(FieldProblem.of("name", "region.archived.read-only"));
        assertThat(invalid(() -> regions.archiveRegion(archived.id(), archived.version()))
                        .problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("region.archived.already");
    }

    @Test
    void no_session_is_planned_or_worked_in_an_archived_region() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        Region denHaag = region("den-haag");
        WorkSession running = sessions.create(sessionDraft(denHaag));
        running = sessions.start(running.id(), running.version());
        WorkSession planned = sessions.create(sessionDraft(denHaag));
        assertThat(sessions.mayWriteNotes(running.id())).isTrue();
        SignIn.as(users, DemoUsers.ADMIN);
        regions.archiveRegion(denHaag.id(), denHaag.version());

        for (String who : List.of(DemoUsers.FACILITATOR, DemoUsers.DEN_HAAG)) {
            SignIn.as(users, who);
            assertThat(sessions.mayWriteNotes(running.id())).as(who).isFalse();
        }
        SignIn.as(users, DemoUsers.FACILITATOR);
        assertThatThrownBy(() -> sessions.create(sessionDraft(denHaag))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.update(planned.id(), planned.version(), sessionDraft(denHaag)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sessions.get(planned.id())).isPresent();
    }

    @Test
    void an_unarchived_region_takes_writes_again() {
        SignIn.as(users, DemoUsers.ADMIN);
        Region denHaag = region("den-haag");
        Region archived = regions.archiveRegion(denHaag.id(), denHaag.version());

        Region active = regions.unarchiveRegion(archived.id(), archived.version());

        assertThat(active.archived()).isFalse();
        assertThat(audited("region"))
                .first()
                .satisfies(event -> assertThat(event.action()).isEqualTo("unarchive"));
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(regions.addOrganisation(denHaag.id(), new OrganisationDraft("Weer actief", OrganisationType.OTHER))
                        .name())
                .isEqualTo("Weer actief");
        assertThat(regions.regions()).extracting(RegionSummary::id).contains(denHaag.id());
    }

    @Test
    void marking_another_lead_organisation_moves_the_mark_and_is_audited() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        RegionWorkspace delft = regions.workspace("delft").orElseThrow();
        Organisation previous = delft.leadOrganisation().orElseThrow();
        Organisation next = delft.organisations().stream()
                .filter(o -> !o.lead())
                .findFirst()
                .orElseThrow();
        assertThat(delft.leadMarkable()).isTrue();

        Organisation marked = regions.markLead(next.id(), next.version());

        assertThat(marked.lead()).isTrue();
        RegionWorkspace after = regions.workspace("delft").orElseThrow();
        assertThat(after.organisations()).filteredOn(Organisation::lead).containsExactly(marked);
        assertThat(after.leadOrganisation()).hasValue(marked);
        Organisation formerLead = after.organisations().stream()
                .filter(o -> o.id() == previous.id())
                .findFirst()
                .orElseThrow();
        assertThat(formerLead.version())
                .as("an edit made with the old mark in view is stale")
                .isEqualTo(previous.version() + 1);
        assertThatThrownBy(() -> regions.removeOrganisation(marked.id(), marked.version()))
                .isInstanceOf(nl.geboortezorg.werkplaats.common.ValidationException.class);
        assertThatThrownBy(() -> regions.updateOrganisation(
                        previous.id(), previous.version(), new OrganisationDraft(previous.name(), previous.type())))
                .isInstanceOf(ConcurrentEditException.class);

        SignIn.as(users, DemoUsers.ADMIN);
        assertThat(audit.find(new AuditFilter("organisation", DemoUsers.FACILITATOR, null, null), 0, 1))
                .first()
                .satisfies(event -> {
                    assertThat(event.action()).isEqualTo("mark-lead");
                    assertThat(event.entityId()).isEqualTo(String.valueOf(next.id()));
                    assertThat(event.changeJson()).contains(previous.name(), next.name());
                });
    }

    @Test
    void a_stale_lead_mark_is_refused_and_the_lead_stays() {
        SignIn.as(users, DemoUsers.ADMIN);
        RegionWorkspace delft = regions.workspace("delft").orElseThrow();
        Organisation lead = delft.leadOrganisation().orElseThrow();
        Organisation next = delft.organisations().stream()
                .filter(o -> !o.lead())
                .findFirst()
                .orElseThrow();
        regions.updateOrganisation(
                next.id(), next.version(), new OrganisationDraft(next.name() + " B.V.", next.type()));

        assertThatThrownBy(() -> regions.markLead(next.id(), next.version()))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void professionals_and_observers_do_not_mark_the_lead_and_nobody_does_in_an_archived_region() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        RegionWorkspace denHaag = regions.workspace("den-haag").orElseThrow();
        Organisation partner = denHaag.organisations().stream()
                .filter(o -> !o.lead())
                .findFirst()
                .orElseThrow();
        assertThat(denHaag.editable()).isTrue();
        assertThat(denHaag.leadMarkable()).isFalse();
        assertThatThrownBy(() -> regions.markLead(partner.id(), partner.version()))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, DemoUsers.OBSERVER);
        assertThatThrownBy(() -> regions.markLead(partner.id(), partner.version()))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, DemoUsers.ADMIN);
        regions.archiveRegion(denHaag.region().id(), denHaag.region().version());
        assertThatThrownBy(() -> regions.markLead(partner.id(), partner.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(regions.workspace("den-haag").orElseThrow().leadOrganisation())
                .isEqualTo(denHaag.leadOrganisation());
    }
}

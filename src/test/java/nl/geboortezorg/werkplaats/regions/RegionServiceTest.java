package nl.geboortezorg.werkplaats.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.audit.AuditEvent;
import nl.geboortezorg.werkplaats.audit.AuditFilter;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.testsupport.Accounts;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.users.AccountLinkService;
import nl.geboortezorg.werkplaats.users.UserDraft;
import nl.geboortezorg.werkplaats.users.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class RegionServiceTest {

    @Autowired
    AccountLinkService accountLinks;

    @Autowired
    RegionService regions;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService users;

    @Autowired
    UserService userService;

    private RegionWorkspace workspace(String code) {
        return regions.workspace(code).orElseThrow();
    }

    @Test
    void the_seven_partnerships_are_listed_with_their_lead_organisations() {
        SignIn.as(users, DemoUsers.OBSERVER);

        assertThat(regions.regions())
                .extracting(RegionSummary::name, RegionSummary::leadOrganisation)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Den Haag", "HagaZiekenhuis / Juliana Kinderziekenhuis"),
                        org.assertj.core.groups.Tuple.tuple("Utrecht", "St. Antonius Ziekenhuis"),
                        org.assertj.core.groups.Tuple.tuple("Delft", "Reinier de Graaf Gasthuis"),
                        org.assertj.core.groups.Tuple.tuple("Apeldoorn", "Gelre ziekenhuizen"),
                        org.assertj.core.groups.Tuple.tuple("Zuid-Limburg", "Maastricht UMC+"),
                        org.assertj.core.groups.Tuple.tuple("Amsterdam (OLVG)", "OLVG"),
                        org.assertj.core.groups.Tuple.tuple("Amsterdam (Amsterdam UMC)", "Amsterdam UMC"));
    }

    @Test
    void a_professional_sees_which_regions_are_theirs() {
        SignIn.as(users, DemoUsers.AMSTERDAM);

        assertThat(regions.regions())
                .filteredOn(RegionSummary::myRegion)
                .extracting(RegionSummary::code)
                .containsExactlyInAnyOrder("amsterdam-olvg", "amsterdam-umc");
    }

    @Test
    void the_workspace_groups_organisations_by_type_and_names_the_missing_disciplines() {
        SignIn.as(users, DemoUsers.FACILITATOR);

        RegionWorkspace utrecht = workspace("utrecht");
        assertThat(utrecht.leadOrganisation()).map(Organisation::name).hasValue("St. Antonius Ziekenhuis");
        assertThat(utrecht.organisationsByType().get(OrganisationType.SOCIAL_DOMAIN))
                .extracting(Organisation::name)
                .containsExactly("Buurtteams Utrecht");
        assertThat(utrecht.missingTypes()).containsExactly(OrganisationType.MATERNITY_CARE);
        assertThat(workspace("delft").missingTypes()).containsExactly(OrganisationType.YOUTH_HEALTH_CARE);
        assertThat(workspace("den-haag").missingTypes()).isEmpty();
        assertThat(regions.workspace("atlantis")).isEmpty();
    }

    @Test
    void members_are_listed_to_members_and_facilitators_but_only_counted_for_others() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        RegionWorkspace own = workspace("den-haag");
        assertThat(own.members())
                .hasValueSatisfying(
                        members -> assertThat(members).extracting(Member::email).contains(DemoUsers.DEN_HAAG));
        assertThat(own.editable()).isTrue();

        SignIn.as(users, DemoUsers.UTRECHT);
        RegionWorkspace other = workspace("den-haag");
        assertThat(other.members()).isEmpty();
        assertThat(other.memberCount()).isEqualTo(own.memberCount());
        assertThat(other.editable()).isFalse();

        SignIn.as(users, DemoUsers.OBSERVER);
        assertThat(workspace("den-haag").members()).isEmpty();
        assertThat(workspace("den-haag").editable()).isFalse();

        SignIn.as(users, DemoUsers.FACILITATOR);
        assertThat(workspace("den-haag").members()).isPresent();

        SignIn.as(users, DemoUsers.ADMIN);
        assertThat(workspace("den-haag").members())
                .hasValueSatisfying(members -> assertThat(members).hasSize(own.memberCount()));
    }

    @Test
    void an_observer_sees_no_member_list_even_when_listed_in_the_region() {
        SignIn.as(users, DemoUsers.ADMIN);
        long denHaag = workspace("den-haag").region().id();
        String email = "waarnemer-" + System.nanoTime() + "@example.nl";
        Accounts.withPassword(
                userService,
                accountLinks,
                new UserDraft(email, "Waarnemer in Den Haag", Role.OBSERVER, Set.of(denHaag), null),
                "Waarnemer-wachtwoord-1");

        SignIn.as(users, email);
        RegionWorkspace seen = workspace("den-haag");

        assertThat(seen.members()).isEmpty();
        assertThat(seen.memberCount()).isPositive();
        assertThat(seen.editable()).isFalse();
    }

    @Test
    void a_member_adds_an_organisation_and_the_audit_trail_records_it() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long denHaag = workspace("den-haag").region().id();

        Organisation added = regions.addOrganisation(
                denHaag,
                new OrganisationDraft("  Stichting Kansrijke Start Den Haag  ", OrganisationType.SOCIAL_DOMAIN));

        assertThat(added.name()).isEqualTo("Stichting Kansrijke Start Den Haag");
        assertThat(workspace("den-haag").organisations()).contains(added);
        SignIn.as(users, DemoUsers.ADMIN);
        List<AuditEvent> events = audit.find(new AuditFilter("organisation", DemoUsers.DEN_HAAG, null, null), 0, 5);
        assertThat(events).first().satisfies(event -> {
            assertThat(event.entityId()).isEqualTo(String.valueOf(added.id()));
            assertThat(event.action()).isEqualTo("create");
            assertThat(event.changeJson()).contains("Stichting Kansrijke Start Den Haag", "SOCIAL_DOMAIN");
        });
    }

    @Test
    void a_professional_cannot_add_an_organisation_to_another_region() {
        SignIn.as(users, DemoUsers.UTRECHT);
        long denHaag = workspace("den-haag").region().id();
        int before = workspace("den-haag").organisations().size();

        assertThatThrownBy(() ->
                        regions.addOrganisation(denHaag, new OrganisationDraft("Niet van mij", OrganisationType.OTHER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(workspace("den-haag").organisations()).hasSize(before);
    }

    @Test
    void empty_over_long_and_duplicate_names_are_field_errors_and_nothing_is_saved() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long denHaag = workspace("den-haag").region().id();
        int before = workspace("den-haag").organisations().size();

        assertThatThrownBy(() -> regions.addOrganisation(denHaag, new OrganisationDraft("   ", null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactlyInAnyOrder(
                                        FieldProblem.of("name", "validation.required"),
                                        FieldProblem.of("type", "validation.required")));
        assertThatThrownBy(() -> regions.addOrganisation(
                        denHaag, new OrganisationDraft("x".repeat(151), OrganisationType.OTHER)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(FieldProblem.of("name", "validation.too-long", 150)));
        assertThatThrownBy(() -> regions.addOrganisation(
                        denHaag, new OrganisationDraft("Gemeente Den Haag", OrganisationType.MUNICIPALITY)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(FieldProblem.of("name", "validation.name-taken")));
        assertThat(workspace("den-haag").organisations()).hasSize(before);
    }

    @Test
    void a_stale_edit_is_refused_and_the_first_change_is_kept() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long denHaag = workspace("den-haag").region().id();
        Organisation original =
                regions.addOrganisation(denHaag, new OrganisationDraft("Buurtzorg Escamp", OrganisationType.OTHER));

        regions.updateOrganisation(
                original.id(),
                original.version(),
                new OrganisationDraft("Buurtzorg Escamp-Zuid", OrganisationType.SOCIAL_DOMAIN));
        assertThatThrownBy(() -> regions.updateOrganisation(
                        original.id(),
                        original.version(),
                        new OrganisationDraft("Buurtzorg Escamp-Noord", OrganisationType.OTHER)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> regions.removeOrganisation(original.id(), original.version()))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(workspace("den-haag").organisations())
                .filteredOn(o -> o.id() == original.id())
                .singleElement()
                .satisfies(kept -> {
                    assertThat(kept.name()).isEqualTo("Buurtzorg Escamp-Zuid");
                    assertThat(kept.type()).isEqualTo(OrganisationType.SOCIAL_DOMAIN);
                    assertThat(kept.version()).isEqualTo(original.version() + 1);
                });
    }

    @Test
    void the_lead_organisation_cannot_be_removed_but_a_partner_can() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        RegionWorkspace delft = workspace("delft");
        Organisation lead = delft.leadOrganisation().orElseThrow();
        Organisation partner = delft.organisations().stream()
                .filter(o -> !o.lead())
                .findFirst()
                .orElseThrow();

        assertThatThrownBy(() -> regions.removeOrganisation(lead.id(), lead.version()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("region.organisation.lead-cannot-be-removed"));
        regions.removeOrganisation(partner.id(), partner.version());

        assertThat(workspace("delft").organisations()).contains(lead).doesNotContain(partner);
    }

    @Test
    void admins_rename_a_region_with_the_limits_checked() {
        SignIn.as(users, DemoUsers.ADMIN);
        Region apeldoorn = workspace("apeldoorn").region();

        assertThatThrownBy(() -> regions.updateRegion(apeldoorn.id(), apeldoorn.version(), "Delft", null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(FieldProblem.of("name", "validation.name-taken")));
        assertThatThrownBy(
                        () -> regions.updateRegion(apeldoorn.id(), apeldoorn.version(), "Apeldoorn", "x".repeat(2001)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(FieldProblem.of("description", "validation.too-long", 2000)));
        Region renamed = regions.updateRegion(
                apeldoorn.id(), apeldoorn.version(), "Apeldoorn en Stedendriehoek", "Nieuwe omschrijving");

        assertThat(renamed.name()).isEqualTo("Apeldoorn en Stedendriehoek");
        assertThat(renamed.version()).isEqualTo(apeldoorn.version() + 1);
    }

    @Test
    void renaming_an_organisation_checks_names_against_the_others_only() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        RegionWorkspace denHaag = workspace("den-haag");
        Organisation kraamzorg = denHaag.organisationsByType()
                .get(OrganisationType.MATERNITY_CARE)
                .getFirst();

        assertThatThrownBy(() -> regions.updateOrganisation(
                        kraamzorg.id(),
                        kraamzorg.version(),
                        new OrganisationDraft("gemeente den haag", OrganisationType.MATERNITY_CARE)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(FieldProblem.of("name", "validation.name-taken")));
        Organisation retyped = regions.updateOrganisation(
                kraamzorg.id(), kraamzorg.version(), new OrganisationDraft(kraamzorg.name(), OrganisationType.OTHER));

        assertThat(retyped.name()).isEqualTo(kraamzorg.name());
        assertThat(retyped.type()).isEqualTo(OrganisationType.OTHER);
        assertThat(workspace("den-haag").missingTypes()).containsExactly(OrganisationType.MATERNITY_CARE);
    }

    @Test
    void the_same_organisation_may_be_a_partner_in_two_regions() {
        SignIn.as(users, DemoUsers.UTRECHT);
        long utrecht = workspace("utrecht").region().id();

        Organisation added = regions.addOrganisation(
                utrecht, new OrganisationDraft("Gemeente Den Haag", OrganisationType.MUNICIPALITY));

        assertThat(added.regionId()).isEqualTo(utrecht);
    }

    @Test
    void a_professional_cannot_rename_a_region_not_even_their_own() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        Region denHaag = workspace("den-haag").region();

        assertThatThrownBy(() -> regions.updateRegion(denHaag.id(), denHaag.version(), "Haaglanden", null))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, DemoUsers.OBSERVER);
        assertThatThrownBy(() -> regions.updateRegion(denHaag.id(), denHaag.version(), "Haaglanden", null))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(workspace("den-haag").region()).isEqualTo(denHaag);
    }

    @Test
    void a_stale_region_edit_is_refused_and_the_first_change_is_kept() {
        SignIn.as(users, DemoUsers.ADMIN);
        Region zuidLimburg = workspace("zuid-limburg").region();
        regions.updateRegion(zuidLimburg.id(), zuidLimburg.version(), zuidLimburg.name(), "Eerste omschrijving");

        assertThatThrownBy(() -> regions.updateRegion(
                        zuidLimburg.id(), zuidLimburg.version(), zuidLimburg.name(), "Tweede omschrijving"))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(workspace("zuid-limburg").region().description()).isEqualTo("Eerste omschrijving");
    }

    @Test
    void a_region_update_is_audited_with_what_changed() {
        SignIn.as(users, DemoUsers.ADMIN);
        Region delft = workspace("delft").region();

        regions.updateRegion(delft.id(), delft.version(), "Delft", "Andere omschrijving");

        assertThat(audit.find(new AuditFilter("region", DemoUsers.ADMIN, null, null), 0, 1))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.entityId()).isEqualTo(String.valueOf(delft.id()));
                    assertThat(event.action()).isEqualTo("update");
                    assertThat(event.changeJson())
                            .contains("\"description\"", "Andere omschrijving")
                            .doesNotContain("\"name\"");
                });
    }
}

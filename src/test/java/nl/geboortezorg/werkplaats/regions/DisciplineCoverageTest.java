package nl.geboortezorg.werkplaats.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.users.MyProfile;
import nl.geboortezorg.werkplaats.users.ProfileDraft;
import nl.geboortezorg.werkplaats.users.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Disciplines × regions: organisations and members per type, the expected ones missing, archived regions left out. */
@IntegrationTest
@Transactional
class DisciplineCoverageTest {

    @Autowired
    RegionService regions;

    @Autowired
    UserService userService;

    @Autowired
    UserDetailsService users;

    private static DisciplineCoverage.Discipline discipline(DisciplineCoverage coverage, OrganisationType type) {
        return coverage.disciplines().stream()
                .filter(d -> d.type() == type)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_new_region_lacks_every_expected_discipline_until_an_organisation_brings_one_in() {
        SignIn.as(users, DemoUsers.ADMIN);
        Region region = regions.createRegion(new RegionDraft("Disciplineregio " + System.nanoTime(), null, null));

        DisciplineCoverage empty = regions.disciplineCoverage();
        assertThat(empty.regions()).extracting(RegionChoice::id).contains(region.id());
        assertThat(empty.disciplines())
                .extracting(DisciplineCoverage.Discipline::type)
                .containsExactly(OrganisationType.values());
        assertThat(empty.missingIn(region.id()))
                .containsExactly(
                        OrganisationType.HOSPITAL,
                        OrganisationType.MIDWIFERY,
                        OrganisationType.YOUTH_HEALTH_CARE,
                        OrganisationType.MATERNITY_CARE,
                        OrganisationType.MUNICIPALITY);
        assertThat(discipline(empty, OrganisationType.OTHER).missingIn(region.id()))
                .as("a discipline nobody expects is absent, not missing")
                .isFalse();

        regions.addOrganisation(region.id(), new OrganisationDraft("Stadsziekenhuis", OrganisationType.HOSPITAL));
        regions.addOrganisation(region.id(), new OrganisationDraft("Streekziekenhuis", OrganisationType.HOSPITAL));
        regions.addOrganisation(region.id(), new OrganisationDraft("Wijkteam", OrganisationType.SOCIAL_DOMAIN));

        SignIn.as(users, DemoUsers.OBSERVER);
        DisciplineCoverage coverage = regions.disciplineCoverage();
        assertThat(discipline(coverage, OrganisationType.HOSPITAL).in(region.id()))
                .isEqualTo(new DisciplineCoverage.Presence(2, 0));
        assertThat(discipline(coverage, OrganisationType.SOCIAL_DOMAIN)
                        .in(region.id())
                        .takesPart())
                .isTrue();
        assertThat(coverage.missingIn(region.id()))
                .containsExactly(
                        OrganisationType.MIDWIFERY,
                        OrganisationType.YOUTH_HEALTH_CARE,
                        OrganisationType.MATERNITY_CARE,
                        OrganisationType.MUNICIPALITY);
    }

    @Test
    void a_member_brings_in_the_discipline_on_their_profile_in_each_of_their_regions() {
        SignIn.as(users, DemoUsers.OBSERVER);
        DisciplineCoverage before = regions.disciplineCoverage();
        long denHaag = before.regions().stream()
                .filter(r -> r.code().equals("den-haag"))
                .findFirst()
                .orElseThrow()
                .id();

        SignIn.as(users, DemoUsers.DEN_HAAG);
        MyProfile profile = userService.myProfile();
        OrganisationType chosen = profile.organisationType() == OrganisationType.OTHER
                ? OrganisationType.HEALTH_INSURER
                : OrganisationType.OTHER;
        userService.updateMyProfile(
                profile.version(), new ProfileDraft(profile.displayName(), profile.jobTitle(), chosen));

        DisciplineCoverage after = regions.disciplineCoverage();
        assertThat(discipline(after, chosen).in(denHaag).members())
                .isEqualTo(discipline(before, chosen).in(denHaag).members() + 1);
        assertThat(discipline(after, chosen).in(denHaag).organisations())
                .isEqualTo(discipline(before, chosen).in(denHaag).organisations());
        assertThat(discipline(after, chosen).in(denHaag).takesPart()).isTrue();
    }

    @Test
    void an_archived_region_drops_out_of_the_overview() {
        SignIn.as(users, DemoUsers.ADMIN);
        Region region = regions.createRegion(new RegionDraft("Archiefregio " + System.nanoTime(), null, null));
        regions.archiveRegion(region.id(), region.version());

        List<Long> shown = regions.disciplineCoverage().regions().stream()
                .map(RegionChoice::id)
                .toList();
        assertThat(shown).doesNotContain(region.id()).hasSizeGreaterThanOrEqualTo(7);
    }
}

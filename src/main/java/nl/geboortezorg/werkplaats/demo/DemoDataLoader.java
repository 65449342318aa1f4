package nl.geboortezorg.werkplaats.demo;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.ORGANISATION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION_MEMBERSHIP;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.security.Role;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the seven partnerships of the learning track with plausible partner organisations, and a
 * demo user of every role, into an empty database, then what they did over the months of the track
 * ({@link DemoBackdating} puts each step on its day, counted from today). Demo mode only: see
 * {@link DemoDataCondition}.
 */
@Component
@Order(1)
@Conditional(DemoDataCondition.class)
class DemoDataLoader implements ApplicationRunner {

    /** Every demo account has this password; README.md lists the accounts. */
    static final String DEMO_PASSWORD = "werkplaats";

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private record DemoOrganisation(String name, OrganisationType type) {}

    private record DemoRegion(
            String code, String name, String description, DemoOrganisation lead, List<DemoOrganisation> partners) {}

    private record DemoUser(String email, String name, Role role, Language language, List<String> regionCodes) {}

    private static final List<DemoRegion> REGIONS = List.of(
            new DemoRegion(
                    "den-haag",
                    "Den Haag",
                    "Geïntegreerd buitenpoliklinisch spreekuur voor sociaal kwetsbare zwangeren, onderbouwd met een MKBA.",
                    org("HagaZiekenhuis / Juliana Kinderziekenhuis", OrganisationType.HOSPITAL),
                    List.of(
                            org("Verloskundigenpraktijk Den Haag Zuidwest", OrganisationType.MIDWIFERY),
                            org("JGZ Haaglanden", OrganisationType.YOUTH_HEALTH_CARE),
                            org("Kraamzorg Haaglanden", OrganisationType.MATERNITY_CARE),
                            org("Gemeente Den Haag", OrganisationType.MUNICIPALITY),
                            org("Zorgverzekeraar regio Haaglanden", OrganisationType.HEALTH_INSURER))),
            new DemoRegion(
                    "utrecht",
                    "Utrecht",
                    "\"Huilen in de juiste richting\": betere hulp voor gezinnen met een excessief huilende baby.",
                    org("St. Antonius Ziekenhuis", OrganisationType.HOSPITAL),
                    List.of(
                            org("Verloskundigen Utrecht West", OrganisationType.MIDWIFERY),
                            org("JGZ Utrecht", OrganisationType.YOUTH_HEALTH_CARE),
                            org("Gemeente Utrecht", OrganisationType.MUNICIPALITY),
                            org("Buurtteams Utrecht", OrganisationType.SOCIAL_DOMAIN))),
            new DemoRegion(
                    "delft",
                    "Delft",
                    "Samenwerking rond kwetsbare zwangeren tussen ziekenhuis, verloskundigen en gemeente.",
                    org("Reinier de Graaf Gasthuis", OrganisationType.HOSPITAL),
                    List.of(
                            org("Verloskundigenpraktijk Delft", OrganisationType.MIDWIFERY),
                            org("Kraamzorg Delft en omstreken", OrganisationType.MATERNITY_CARE),
                            org("Gemeente Delft", OrganisationType.MUNICIPALITY))),
            new DemoRegion(
                    "apeldoorn",
                    "Apeldoorn",
                    "Regionale aanpak sociale geboortezorg in de Stedendriehoek.",
                    org("Gelre ziekenhuizen", OrganisationType.HOSPITAL),
                    List.of(
                            org("Verloskundigen Apeldoorn", OrganisationType.MIDWIFERY),
                            org("JGZ Noord- en Oost-Gelderland", OrganisationType.YOUTH_HEALTH_CARE),
                            org("Kraamzorg Apeldoorn", OrganisationType.MATERNITY_CARE),
                            org("Gemeente Apeldoorn", OrganisationType.MUNICIPALITY),
                            org("Zorgverzekeraar regio Oost", OrganisationType.HEALTH_INSURER))),
            new DemoRegion(
                    "zuid-limburg",
                    "Zuid-Limburg",
                    "Medisch-sociale zorg rond de geboorte in het Heuvelland en Maastricht.",
                    org("Maastricht UMC+", OrganisationType.HOSPITAL),
                    List.of(
                            org("Verloskundigen Maastricht", OrganisationType.MIDWIFERY),
                            org("JGZ Zuid-Limburg", OrganisationType.YOUTH_HEALTH_CARE),
                            org("Gemeente Maastricht", OrganisationType.MUNICIPALITY),
                            org("Sociaal wijkteam Heuvelland", OrganisationType.SOCIAL_DOMAIN))),
            new DemoRegion(
                    "amsterdam-olvg",
                    "Amsterdam (OLVG)",
                    "Sociale verloskunde in Amsterdam Oost en West.",
                    org("OLVG", OrganisationType.HOSPITAL),
                    List.of(
                            org("Verloskundigen Amsterdam Oost", OrganisationType.MIDWIFERY),
                            org("JGZ Amsterdam", OrganisationType.YOUTH_HEALTH_CARE),
                            org("Kraamzorg Amsterdam", OrganisationType.MATERNITY_CARE),
                            org("Gemeente Amsterdam", OrganisationType.MUNICIPALITY))),
            new DemoRegion(
                    "amsterdam-umc",
                    "Amsterdam (Amsterdam UMC)",
                    "Zorgpad voor kwetsbare zwangeren in Amsterdam Zuidoost.",
                    org("Amsterdam UMC", OrganisationType.HOSPITAL),
                    List.of(
                            org("Verloskundigenpraktijk Amsterdam Zuidoost", OrganisationType.MIDWIFERY),
                            org("JGZ Amsterdam Zuidoost", OrganisationType.YOUTH_HEALTH_CARE),
                            org("Gemeente Amsterdam", OrganisationType.MUNICIPALITY),
                            org("Ouder-kindcentrum Zuidoost", OrganisationType.OTHER))));

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("beheerder@werkplaats.demo", "Bram Beheerder", Role.ADMIN, Language.NL, List.of()),
            new DemoUser("facilitator@werkplaats.demo", "Fenna Facilitator", Role.FACILITATOR, Language.NL, List.of()),
            new DemoUser("vws@werkplaats.demo", "Olga Observer (VWS)", Role.OBSERVER, Language.NL, List.of()),
            new DemoUser(
                    "denhaag@werkplaats.demo", "Daan de Vries", Role.PROFESSIONAL, Language.NL, List.of("den-haag")),
            new DemoUser("utrecht@werkplaats.demo", "Uma Jansen", Role.PROFESSIONAL, Language.NL, List.of("utrecht")),
            new DemoUser("delft@werkplaats.demo", "Dirk Bakker", Role.PROFESSIONAL, Language.NL, List.of("delft")),
            new DemoUser(
                    "apeldoorn@werkplaats.demo", "Anna Visser", Role.PROFESSIONAL, Language.NL, List.of("apeldoorn")),
            new DemoUser(
                    "zuidlimburg@werkplaats.demo",
                    "Zeynep Smeets",
                    Role.PROFESSIONAL,
                    Language.NL,
                    List.of("zuid-limburg")),
            new DemoUser(
                    "olvg@werkplaats.demo",
                    "Omar El Amrani",
                    Role.PROFESSIONAL,
                    Language.NL,
                    List.of("amsterdam-olvg")),
            new DemoUser(
                    "amsterdamumc@werkplaats.demo",
                    "Eva Mulder",
                    Role.PROFESSIONAL,
                    Language.EN,
                    List.of("amsterdam-umc")),
            new DemoUser(
                    "amsterdam@werkplaats.demo",
                    "Sanne de Boer (Gemeente Amsterdam)",
                    Role.PROFESSIONAL,
                    Language.NL,
                    List.of("amsterdam-olvg", "amsterdam-umc")));

    private final DSLContext dsl;
    private final PasswordEncoder passwordEncoder;
    private final DemoBottlenecks bottlenecks;
    private final DemoFactsheets factsheets;
    private final DemoCostBenefit costBenefit;
    private final DemoAnchoring anchoring;
    private final DemoSessions sessions;
    private final DemoBackdating backdating;

    DemoDataLoader(
            DSLContext dsl,
            PasswordEncoder passwordEncoder,
            DemoBottlenecks bottlenecks,
            DemoFactsheets factsheets,
            DemoCostBenefit costBenefit,
            DemoAnchoring anchoring,
            DemoSessions sessions,
            DemoBackdating backdating) {
        this.dsl = dsl;
        this.passwordEncoder = passwordEncoder;
        this.bottlenecks = bottlenecks;
        this.factsheets = factsheets;
        this.costBenefit = costBenefit;
        this.anchoring = anchoring;
        this.sessions = sessions;
        this.backdating = backdating;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (dsl.fetchExists(REGION)) {
            return;
        }
        Map<String, Long> regionIds = new HashMap<>();
        for (DemoRegion region : REGIONS) {
            long regionId = dsl.insertInto(REGION)
                    .set(REGION.CODE, region.code())
                    .set(REGION.NAME, region.name())
                    .set(REGION.DESCRIPTION, region.description())
                    .returning(REGION.ID)
                    .fetchOptional(REGION.ID)
                    .orElseThrow();
            regionIds.put(region.code(), regionId);
            insertOrganisation(regionId, region.lead(), true);
            region.partners().forEach(partner -> insertOrganisation(regionId, partner, false));
        }
        // One hash for all: every demo account has the same password, and hashing is slow on purpose.
        String passwordHash = passwordEncoder.encode(DEMO_PASSWORD);
        for (DemoUser user : USERS) {
            long userId = dsl.insertInto(APP_USER)
                    .set(APP_USER.EMAIL, user.email())
                    .set(APP_USER.DISPLAY_NAME, user.name())
                    .set(APP_USER.ROLE_CODE, user.role())
                    .set(APP_USER.LANGUAGE, user.language())
                    .set(APP_USER.PASSWORD_HASH, passwordHash)
                    .returning(APP_USER.ID)
                    .fetchOptional(APP_USER.ID)
                    .orElseThrow();
            for (String code : user.regionCodes()) {
                dsl.insertInto(REGION_MEMBERSHIP)
                        .set(REGION_MEMBERSHIP.USER_ID, userId)
                        .set(REGION_MEMBERSHIP.REGION_ID, regionIds.get(code))
                        .execute();
            }
        }
        DemoRegionIds demoRegions = new DemoRegionIds(regionIds);
        bottlenecks.load(demoRegions);
        factsheets.load(demoRegions);
        costBenefit.load(demoRegions);
        anchoring.load(demoRegions);
        sessions.load(demoRegions);
        backdating.settleRowTimes();
        LOG.info(
                "Loaded demo data: {} regions, {} demo users (accounts and password in README.md), bottlenecks, "
                        + "factsheets, documents, a cost-benefit analysis, anchoring assessments and working "
                        + "sessions (past, running now and next week)",
                REGIONS.size(),
                USERS.size());
    }

    private void insertOrganisation(long regionId, DemoOrganisation organisation, boolean lead) {
        dsl.insertInto(ORGANISATION)
                .set(ORGANISATION.REGION_ID, regionId)
                .set(ORGANISATION.NAME, organisation.name())
                .set(ORGANISATION.TYPE, organisation.type())
                .set(ORGANISATION.LEAD_ORGANISATION, lead)
                .execute();
    }

    private static DemoOrganisation org(String name, OrganisationType type) {
        return new DemoOrganisation(name, type);
    }
}

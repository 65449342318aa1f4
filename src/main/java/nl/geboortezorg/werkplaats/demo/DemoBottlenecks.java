package nl.geboortezorg.werkplaats.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import nl.geboortezorg.werkplaats.bottlenecks.Addressee;
import nl.geboortezorg.werkplaats.bottlenecks.AgendaDraft;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckDraft;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.bottlenecks.TrackOwner;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo bottlenecks in their several stages, made through the services as the demo users would, so
 * that their timelines, recognition counts and audit trail are what real use would give.
 */
@Component
class DemoBottlenecks {

    private final BottleneckService bottlenecks;
    private final NationalAgendaService agenda;
    private final UserDetailsService users;
    private final Clock clock;

    DemoBottlenecks(
            BottleneckService bottlenecks, NationalAgendaService agenda, UserDetailsService users, Clock clock) {
        this.bottlenecks = bottlenecks;
        this.agenda = agenda;
        this.users = users;
        this.clock = clock;
    }

    /** Runs inside the demo loader's transaction, after the regions and users exist. */
    void load(DemoRegionIds regionIds) {
        DemoActor.restoringSignIn(() -> loadAll(regionIds));
    }

    private void loadAll(DemoRegionIds region) {
        LocalDate today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        Bottleneck financing = as(
                "denhaag@werkplaats.demo",
                () -> bottlenecks.raise(
                        region.get("den-haag"),
                        draft(
                                "Geen structurele bekostiging voor de integrale polikliniek",
                                "Het gezamenlijke spreekuur van gynaecoloog, maatschappelijk werker en wijkteam draait op "
                                        + "projectgeld. Zorgverzekeraar en gemeente wijzen naar elkaar voor de structurele "
                                        + "financiering.\n\nZonder oplossing stopt het spreekuur eind volgend jaar.",
                                BottleneckCategory.FINANCING,
                                Set.of(
                                        OrganisationType.HOSPITAL,
                                        OrganisationType.MUNICIPALITY,
                                        OrganisationType.HEALTH_INSURER),
                                Set.of(Addressee.HEALTH_INSURERS, Addressee.MUNICIPALITIES, Addressee.MINISTRY_VWS))));
        Bottleneck dataSharing = as(
                "utrecht@werkplaats.demo",
                () -> bottlenecks.raise(
                        region.get("utrecht"),
                        draft(
                                "Gegevens delen tussen verloskundige en JGZ stuit op privacyregels",
                                "Verloskundigen mogen zorgen over een gezin niet zonder meer doorgeven aan de JGZ. Een warme "
                                        + "overdracht hangt nu af van toestemming die vaak niet op tijd wordt gevraagd.",
                                BottleneckCategory.DATA_PRIVACY,
                                Set.of(OrganisationType.MIDWIFERY, OrganisationType.YOUTH_HEALTH_CARE),
                                Set.of(Addressee.MINISTRY_VWS, Addressee.PROFESSIONAL_GROUPS))));
        Bottleneck interpreters = as(
                "zuidlimburg@werkplaats.demo",
                () -> bottlenecks.raise(
                        region.get("zuid-limburg"),
                        draft(
                                "Tolken in de geboortezorg worden niet vergoed",
                                "Voor zwangeren die geen Nederlands spreken is een professionele tolk nodig. De kosten "
                                        + "vallen buiten de vergoeding; zorgverleners behelpen zich met familieleden.",
                                BottleneckCategory.LANGUAGE,
                                Set.of(OrganisationType.HOSPITAL, OrganisationType.MIDWIFERY),
                                Set.of(Addressee.MINISTRY_VWS, Addressee.HEALTH_INSURERS))));
        Bottleneck maternityCare = as(
                "apeldoorn@werkplaats.demo",
                () -> bottlenecks.raise(
                        region.get("apeldoorn"),
                        draft(
                                "Te weinig kraamverzorgenden voor kwetsbare gezinnen",
                                "Kraamzorgorganisaties kunnen niet alle kwetsbare gezinnen de extra uren geven die nodig zijn.",
                                BottleneckCategory.WORKFORCE,
                                Set.of(OrganisationType.MATERNITY_CARE),
                                Set.of(Addressee.BRANCH_ORGANISATIONS))));
        as(
                "olvg@werkplaats.demo",
                () -> bottlenecks.raise(
                        region.get("amsterdam-olvg"),
                        draft(
                                "Te kleine schaal voor een eigen sociaal-verloskundig team",
                                "Met het aantal bevallingen in ons werkgebied is een eigen team niet rond te rekenen.",
                                BottleneckCategory.SCALE,
                                Set.of(OrganisationType.HOSPITAL),
                                Set.of())));
        Bottleneck time = as(
                "delft@werkplaats.demo",
                () -> bottlenecks.raise(
                        region.get("delft"),
                        draft(
                                "Geen tijd voor multidisciplinair overleg in de productieafspraken",
                                "Het MDO over een kwetsbare zwangere telt nergens als productie, dus schuiven vooral de "
                                        + "ziekenhuisprofessionals niet aan.",
                                BottleneckCategory.TIME_CAPACITY,
                                Set.of(OrganisationType.HOSPITAL, OrganisationType.SOCIAL_DOMAIN),
                                Set.of(Addressee.HEALTH_INSURERS))));

        as("utrecht@werkplaats.demo", () -> {
            bottlenecks.recognise(
                    financing.id(),
                    region.get("utrecht"),
                    "Ook bij ons draait het spreekuur op projectgeld dat volgend jaar stopt.");
            bottlenecks.recognise(time.id(), region.get("utrecht"), null);
            return bottlenecks.comment(
                    financing.id(),
                    "In Utrecht hebben we een **tijdelijke** afspraak met de " + "gemeente; die loopt in december af.");
        });
        as("zuidlimburg@werkplaats.demo", () -> {
            bottlenecks.recognise(financing.id(), region.get("zuid-limburg"), null);
            return bottlenecks.recognise(
                    maternityCare.id(),
                    region.get("zuid-limburg"),
                    "In de Westelijke Mijnstreek wachten gezinnen soms dagen op kraamzorg.");
        });
        as("apeldoorn@werkplaats.demo", () -> bottlenecks.recognise(financing.id(), region.get("apeldoorn"), null));
        as("delft@werkplaats.demo", () -> {
            bottlenecks.recognise(financing.id(), region.get("delft"), null);
            return bottlenecks.recognise(dataSharing.id(), region.get("delft"), null);
        });
        as("denhaag@werkplaats.demo", () -> {
            bottlenecks.recognise(
                    dataSharing.id(),
                    region.get("den-haag"),
                    "Wij vragen nu bij de eerste controle al toestemming; dat helpt maar is niet sluitend.");
            bottlenecks.recognise(interpreters.id(), region.get("den-haag"), null);
            return bottlenecks.recognise(time.id(), region.get("den-haag"), null);
        });
        as("olvg@werkplaats.demo", () -> bottlenecks.recognise(dataSharing.id(), region.get("amsterdam-olvg"), null));
        as(
                "amsterdamumc@werkplaats.demo",
                () -> bottlenecks.recognise(
                        interpreters.id(),
                        region.get("amsterdam-umc"),
                        "Zonder tolk kunnen we de intake niet goed doen."));

        as("facilitator@werkplaats.demo", () -> {
            long owner = agenda.trackOwners().stream()
                    .map(TrackOwner::id)
                    .findFirst()
                    .orElseThrow();
            Bottleneck current =
                    bottlenecks.detail(financing.id()).orElseThrow().bottleneck();
            current = agenda.promote(
                    current.id(),
                    current.version(),
                    new AgendaDraft(
                            current.addressees(),
                            "Een structurele bekostiging uit Zvw en Wmo samen, met een landelijke beleidsregel.",
                            "Bestuurlijk overleg met zorgverzekeraars en VNG voorbereiden",
                            owner,
                            today.plusWeeks(6)));
            current = agenda.changeStatus(
                    current.id(),
                    current.version(),
                    BottleneckStatus.WITH_ADDRESSEE,
                    "Voorgelegd in het overleg met VWS.");
            agenda.recordResponse(
                    current.id(),
                    Addressee.MINISTRY_VWS,
                    "VWS verkent of een tijdelijke subsidieregeling de periode tot een beleidsregel kan overbruggen.");
            Bottleneck data = bottlenecks.detail(dataSharing.id()).orElseThrow().bottleneck();
            agenda.promote(
                    data.id(),
                    data.version(),
                    new AgendaDraft(
                            data.addressees(),
                            "Een landelijk model voor toestemming en warme overdracht.",
                            "Handreiking van KNOV en AJN opvragen",
                            owner,
                            today.plusWeeks(3)));
            Bottleneck language =
                    bottlenecks.detail(interpreters.id()).orElseThrow().bottleneck();
            agenda.changeStatus(
                    language.id(),
                    language.version(),
                    BottleneckStatus.UNDER_REVIEW,
                    "Navragen hoe de andere regio's tolken nu betalen.");
            return bottlenecks.comment(
                    financing.id(),
                    "Besproken in de landelijke werksessie; VWS is gevraagd te " + "reageren vóór de volgende sessie.");
        });
    }

    private static BottleneckDraft draft(
            String title,
            String description,
            BottleneckCategory category,
            Set<OrganisationType> types,
            Set<Addressee> addressees) {
        return new BottleneckDraft(title, description, category, types, addressees, null);
    }

    private <T> T as(String email, Supplier<T> action) {
        return DemoActor.as(users, email, action);
    }
}

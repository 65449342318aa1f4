package nl.geboortezorg.werkplaats.demo;

import java.time.Clock;
import java.time.Instant;
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
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo bottlenecks in their several stages, made through the services as the demo users would, so
 * that their timelines, recognition counts and audit trail are what real use would give.
 */
@Component
class DemoBottlenecks {

    private static final String FACILITATOR = "facilitator@werkplaats.demo";

    private final BottleneckService bottlenecks;
    private final NationalAgendaService agenda;
    private final UserDetailsService users;
    private final DemoBackdating backdating;
    private final Clock clock;

    DemoBottlenecks(
            BottleneckService bottlenecks,
            NationalAgendaService agenda,
            UserDetailsService users,
            DemoBackdating backdating,
            Clock clock) {
        this.bottlenecks = bottlenecks;
        this.agenda = agenda;
        this.users = users;
        this.backdating = backdating;
        this.clock = clock;
    }

    /** Runs inside the demo loader's transaction, after the regions and users exist. */
    void load(DemoRegionIds regionIds) {
        DemoActor.restoringSignIn(() -> loadAll(regionIds));
    }

    /**
     * The bottlenecks' history over the months of the track: raised one by one, recognised by other
     * regions in the weeks after, the first two promoted at the national meeting and followed up
     * since (an addressee's response, follow-ups); each step backdated to its day in the story.
     */
    private void loadAll(DemoRegionIds region) {
        DemoCalendar calendar = DemoCalendar.of(clock);
        LocalDate meeting = calendar.nationalMeeting();
        Bottleneck financing = step(
                calendar.weeksAgo(30),
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
        Bottleneck dataSharing = step(
                calendar.weeksAgo(26),
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
        Bottleneck interpreters = step(
                calendar.weeksAgo(22),
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
        Bottleneck maternityCare = step(
                calendar.weeksAgo(18),
                "apeldoorn@werkplaats.demo",
                () -> bottlenecks.raise(
                        region.get("apeldoorn"),
                        draft(
                                "Te weinig kraamverzorgenden voor kwetsbare gezinnen",
                                "Kraamzorgorganisaties kunnen niet alle kwetsbare gezinnen de extra uren geven die nodig zijn.",
                                BottleneckCategory.WORKFORCE,
                                Set.of(OrganisationType.MATERNITY_CARE),
                                Set.of(Addressee.BRANCH_ORGANISATIONS))));
        step(
                calendar.weeksAgo(3),
                "olvg@werkplaats.demo",
                () -> bottlenecks.raise(
                        region.get("amsterdam-olvg"),
                        draft(
                                "Te kleine schaal voor een eigen sociaal-verloskundig team",
                                "Met het aantal bevallingen in ons werkgebied is een eigen team niet rond te rekenen.",
                                BottleneckCategory.SCALE,
                                Set.of(OrganisationType.HOSPITAL),
                                Set.of())));
        Bottleneck time = step(
                calendar.weeksAgo(10),
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

        step(calendar.weeksAgo(29), "utrecht@werkplaats.demo", () -> {
            bottlenecks.recognise(
                    financing.id(),
                    region.get("utrecht"),
                    "Ook bij ons draait het spreekuur op projectgeld dat volgend jaar stopt.");
            return bottlenecks.comment(
                    financing.id(),
                    "In Utrecht hebben we een **tijdelijke** afspraak met de " + "gemeente; die loopt in december af.");
        });
        step(
                calendar.weeksAgo(9),
                "utrecht@werkplaats.demo",
                () -> bottlenecks.recognise(time.id(), region.get("utrecht"), null));
        step(
                calendar.weeksAgo(28),
                "zuidlimburg@werkplaats.demo",
                () -> bottlenecks.recognise(financing.id(), region.get("zuid-limburg"), null));
        step(
                calendar.weeksAgo(17),
                "zuidlimburg@werkplaats.demo",
                () -> bottlenecks.recognise(
                        maternityCare.id(),
                        region.get("zuid-limburg"),
                        "In de Westelijke Mijnstreek wachten gezinnen soms dagen op kraamzorg."));
        step(
                calendar.weeksAgo(27),
                "apeldoorn@werkplaats.demo",
                () -> bottlenecks.recognise(financing.id(), region.get("apeldoorn"), null));
        step(
                calendar.weeksAgo(27).plusDays(1),
                "delft@werkplaats.demo",
                () -> bottlenecks.recognise(financing.id(), region.get("delft"), null));
        step(
                calendar.weeksAgo(25),
                "delft@werkplaats.demo",
                () -> bottlenecks.recognise(dataSharing.id(), region.get("delft"), null));
        step(
                calendar.weeksAgo(25).plusDays(2),
                "denhaag@werkplaats.demo",
                () -> bottlenecks.recognise(
                        dataSharing.id(),
                        region.get("den-haag"),
                        "Wij vragen nu bij de eerste controle al toestemming; dat helpt maar is niet sluitend."));
        step(
                calendar.weeksAgo(21),
                "denhaag@werkplaats.demo",
                () -> bottlenecks.recognise(interpreters.id(), region.get("den-haag"), null));
        step(
                calendar.weeksAgo(9).plusDays(2),
                "denhaag@werkplaats.demo",
                () -> bottlenecks.recognise(time.id(), region.get("den-haag"), null));
        step(
                calendar.weeksAgo(24),
                "olvg@werkplaats.demo",
                () -> bottlenecks.recognise(dataSharing.id(), region.get("amsterdam-olvg"), null));
        step(
                calendar.weeksAgo(20),
                "amsterdamumc@werkplaats.demo",
                () -> bottlenecks.recognise(
                        interpreters.id(),
                        region.get("amsterdam-umc"),
                        "Zonder tolk kunnen we de intake niet goed doen."));

        long owner = as(
                FACILITATOR,
                () -> agenda.trackOwners().stream()
                        .map(TrackOwner::id)
                        .findFirst()
                        .orElseThrow());
        // Promoted on the day of the national meeting, after it was discussed there.
        step(DemoCalendar.at(meeting, 15, 0), FACILITATOR, () -> {
            Bottleneck current = current(financing);
            agenda.promote(
                    current.id(),
                    current.version(),
                    new AgendaDraft(
                            current.addressees(),
                            "Een structurele bekostiging uit Zvw en Wmo samen, met een landelijke beleidsregel.",
                            "Bestuurlijk overleg met zorgverzekeraars en VNG voorbereiden",
                            owner,
                            meeting.plusWeeks(6)));
            Bottleneck data = current(dataSharing);
            agenda.promote(
                    data.id(),
                    data.version(),
                    new AgendaDraft(
                            data.addressees(),
                            "Een landelijk model voor toestemming en warme overdracht.",
                            "Handreiking van KNOV en AJN opvragen",
                            owner,
                            meeting.plusWeeks(3)));
            return bottlenecks.comment(
                    financing.id(),
                    "Besproken in de landelijke werksessie; VWS is gevraagd te " + "reageren vóór de volgende sessie.");
        });
        step(calendar.weeksAgo(13), FACILITATOR, () -> {
            Bottleneck current = current(financing);
            return agenda.changeStatus(
                    current.id(),
                    current.version(),
                    BottleneckStatus.WITH_ADDRESSEE,
                    "Voorgelegd in het overleg met VWS.");
        });
        step(calendar.weeksAgo(12), FACILITATOR, () -> {
            Bottleneck data = current(dataSharing);
            return agenda.recordFollowUp(
                    data.id(),
                    data.version(),
                    "KNOV en AJN werken samen aan een handreiking; een eerste versie volgt na de zomer.",
                    "Eerste versie van de handreiking bespreken met de regio's",
                    calendar.today().plusWeeks(3));
        });
        step(calendar.weeksAgo(10), FACILITATOR, () -> {
            Bottleneck language = current(interpreters);
            return agenda.changeStatus(
                    language.id(),
                    language.version(),
                    BottleneckStatus.UNDER_REVIEW,
                    "Navragen hoe de andere regio's tolken nu betalen.");
        });
        step(
                calendar.weeksAgo(6),
                FACILITATOR,
                () -> agenda.recordResponse(
                        financing.id(),
                        Addressee.MINISTRY_VWS,
                        "VWS verkent of een tijdelijke subsidieregeling de periode tot een beleidsregel kan "
                                + "overbruggen."));
        step(calendar.weeksAgo(2), FACILITATOR, () -> {
            Bottleneck current = current(financing);
            return agenda.recordFollowUp(
                    current.id(),
                    current.version(),
                    "Bestuurlijk overleg gehouden: zorgverzekeraars en VNG willen een gezamenlijke regeling "
                            + "onderzoeken als VWS de overgang overbrugt.",
                    "Uitwerking van de tijdelijke subsidieregeling bespreken met VWS",
                    calendar.today().plusWeeks(4));
        });
    }

    private Bottleneck current(Bottleneck bottleneck) {
        return bottlenecks.detail(bottleneck.id()).orElseThrow().bottleneck();
    }

    /** A step by a demo user, backdated to mid-morning of its day in the story. */
    private <T> T step(LocalDate day, String email, Supplier<T> action) {
        return step(DemoCalendar.at(day, 10, 30), email, action);
    }

    private <T> T step(Instant moment, String email, Supplier<T> action) {
        return backdating.happenedAt(moment, () -> as(email, action));
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

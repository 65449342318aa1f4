package nl.geboortezorg.werkplaats.demo;

import static nl.geboortezorg.werkplaats.db.Tables.ORGANISATION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION_MEMBERSHIP;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.geboortezorg.werkplaats.security.AppUserPrincipal;
import nl.geboortezorg.werkplaats.sessions.ActionDraft;
import nl.geboortezorg.werkplaats.sessions.ActionItem;
import nl.geboortezorg.werkplaats.sessions.ActionStatus;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.AgendaNotes;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The working sessions of the track as they went, made through the services as the facilitator and
 * the regions' members would, then backdated ({@link DemoBackdating}): the national meeting of the
 * seven partnerships a few months ago with its minutes, decisions and actions; and per region a
 * session held a few weeks ago, one running now (so live notes can be tried at once) and one
 * planned for next week.
 */
@Component
class DemoSessions {

    static final String NATIONAL_MEETING = "Landelijke bijeenkomst van de zeven partnerschappen";

    private static final String FACILITATOR = "facilitator@werkplaats.demo";
    private static final String PREVIOUS_ACTIONS = "Acties van de vorige sessie";
    private static final String ANY_OTHER_BUSINESS = "Rondvraag";

    /** An action as agreed: owner and organisation, due date, and the day it was done (if it was). */
    private record Action(
            String description,
            String owner,
            String organisation,
            LocalDate due,
            @Nullable LocalDate doneOn) {}

    /** An action agreed in a region's past session and done a week later. */
    private record Task(String description, String owner, String organisation) {}

    /** An agenda item as it went: its notes in the minutes, and what was decided and agreed on it. */
    private record Item(
            String title,
            int minutes,
            @Nullable String owner,
            @Nullable String notes,
            @Nullable String decision,
            List<Action> actions) {

        static Item planned(String title, int minutes, @Nullable String owner) {
            return new Item(title, minutes, owner, null, null, List.of());
        }
    }

    private record Meeting(
            @Nullable String regionCode,
            String title,
            String location,
            Instant startsAt,
            List<Item> agenda,
            Set<String> absent) {

        Instant endsAt() {
            return startsAt.plus(
                    Duration.ofMinutes(agenda.stream().mapToInt(Item::minutes).sum()));
        }
    }

    /** A region's session a few weeks ago: a look back, then agreements (a decision, one task done, one open). */
    private record Past(
            String title,
            String reviewTitle,
            String reviewNotes,
            String agreementsTitle,
            String agreementsNotes,
            String decision,
            Task done,
            Action open) {}

    /** A session's title and its main agenda item, with the first notes if it has begun. */
    private record Theme(
            String title, String item, @Nullable String notes) {}

    /** One region's sessions: the one held a few weeks ago, the one running now and the next one. */
    private record RegionStory(String code, String member, String location, Past past, Theme running, Theme planned) {}

    private final WorkSessionService sessions;
    private final SessionOutcomeService outcomes;
    private final DemoBackdating backdating;
    private final UserDetailsService users;
    private final DSLContext dsl;
    private final Clock clock;

    DemoSessions(
            WorkSessionService sessions,
            SessionOutcomeService outcomes,
            DemoBackdating backdating,
            UserDetailsService users,
            DSLContext dsl,
            Clock clock) {
        this.sessions = sessions;
        this.outcomes = outcomes;
        this.backdating = backdating;
        this.users = users;
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Runs inside the demo loader's transaction, after the regions, users and bottlenecks exist. */
    void load(DemoRegionIds regionIds) {
        DemoCalendar calendar = DemoCalendar.of(clock);
        DemoActor.restoringSignIn(() -> {
            held(regionIds, nationalMeeting(calendar));
            List<RegionStory> stories = regionStories(calendar);
            for (int i = 0; i < stories.size(); i++) {
                RegionStory story = stories.get(i);
                LocalDate heldOn = calendar.daysAgo(10 + 4 * i);
                held(regionIds, pastSession(story, heldOn));
                runningNow(regionIds, story, calendar);
                plannedNextWeek(regionIds, story, calendar, i);
            }
        });
    }

    // ---- the story

    private static Meeting nationalMeeting(DemoCalendar calendar) {
        LocalDate day = calendar.nationalMeeting();
        LocalDate today = calendar.today();
        return new Meeting(
                null,
                NATIONAL_MEETING,
                "Utrecht",
                DemoCalendar.at(day, 10, 0),
                List.of(
                        new Item(
                                "Opening en doel van de dag",
                                15,
                                FACILITATOR,
                                "De facilitatoren heten de zeven partnerschappen welkom in Utrecht. Doel van de dag: van "
                                        + "elkaar leren, de knelpunten voor de landelijke agenda scherp krijgen en afspreken "
                                        + "hoe we na het leertraject verder gaan.",
                                null,
                                List.of()),
                        new Item(
                                "Wat werkt: de zeven aanpakken in het kort",
                                60,
                                null,
                                "- **Den Haag**: de integrale polikliniek; de MKBA laat een win-win zien voor ziekenhuis "
                                        + "en gemeente.\n"
                                        + "- **Utrecht**: \"Huilen in de juiste richting\", één route voor ouders van een "
                                        + "excessief huilende baby.\n"
                                        + "- **Delft**: het multidisciplinair overleg over kwetsbare zwangeren, nog zonder "
                                        + "vaste tijd in het rooster.\n"
                                        + "- **Apeldoorn**: afspraken met de kraamzorg in de Stedendriehoek.\n"
                                        + "- **Zuid-Limburg**: medisch-sociale zorg in het Heuvelland; tolken blijven een "
                                        + "probleem.\n"
                                        + "- **Amsterdam (OLVG)**: sociale verloskunde in Oost en West, op zoek naar schaal.\n"
                                        + "- **Amsterdam (Amsterdam UMC)**: een zorgpad voor kwetsbare zwangeren in Zuidoost.",
                                "Elke regio beschrijft haar aanpak in een factsheet, zodat andere ziekenhuizen ermee "
                                        + "verder kunnen.",
                                List.of(new Action(
                                        "Factsheet over de warme overdracht naar de JGZ aanleveren",
                                        "utrecht@werkplaats.demo",
                                        "JGZ Utrecht",
                                        day.plusWeeks(4),
                                        day.plusWeeks(3)))),
                        new Item(
                                "Knelpunt: structurele bekostiging",
                                45,
                                "denhaag@werkplaats.demo",
                                "Vier regio's herkennen het knelpunt: het werk draait op projectgeld dat binnen een jaar "
                                        + "stopt. Zorgverzekeraars en gemeenten wijzen naar elkaar.\n\n"
                                        + "Voorstel uit de zaal: één bekostiging uit Zvw en Wmo samen, vastgelegd in een "
                                        + "landelijke beleidsregel.",
                                "Structurele bekostiging komt als eerste knelpunt op de landelijke agenda, met VWS, de "
                                        + "zorgverzekeraars en de gemeenten als adressaat.",
                                List.of(new Action(
                                        "Cijfers van de integrale polikliniek aanleveren voor het bestuurlijk overleg",
                                        "denhaag@werkplaats.demo",
                                        "HagaZiekenhuis / Juliana Kinderziekenhuis",
                                        day.plusWeeks(6),
                                        null))),
                        new Item(
                                "Knelpunt: gegevens delen tussen verloskundige en JGZ",
                                40,
                                "utrecht@werkplaats.demo",
                                "Zonder toestemming mag de verloskundige zorgen over een gezin niet doorgeven aan de JGZ. "
                                        + "Den Haag vraagt de toestemming al bij de eerste controle; OLVG werkt met een "
                                        + "formulier dat goed bevalt.",
                                "De facilitatoren vragen KNOV en AJN om een gezamenlijke handreiking voor toestemming en "
                                        + "warme overdracht.",
                                List.of(new Action(
                                        "Het toestemmingsformulier van OLVG delen met de andere regio's",
                                        "olvg@werkplaats.demo",
                                        "OLVG",
                                        day.plusWeeks(2),
                                        day.plusWeeks(1)))),
                        new Item(
                                "Tolken in de geboortezorg",
                                20,
                                "zuidlimburg@werkplaats.demo",
                                "Zuid-Limburg en Amsterdam UMC behelpen zich met familieleden als tolk. Eerst in beeld "
                                        + "brengen wat tolken de regio's nu kosten.",
                                null,
                                List.of(new Action(
                                        "Overzicht maken van wat tolken de regio's nu kosten",
                                        "zuidlimburg@werkplaats.demo",
                                        "Maastricht UMC+",
                                        day.plusWeeks(8),
                                        day.plusWeeks(7)))),
                        new Item(
                                "De olievlek en hoe we verder gaan",
                                30,
                                FACILITATOR,
                                "Iedere regio nodigt een ziekenhuis uit de omgeving uit voor een eigen werksessie. De "
                                        + "volgende landelijke bijeenkomst is over ongeveer een halfjaar, dan ook met "
                                        + "ervaringsdeskundigen.",
                                "De volgende landelijke bijeenkomst wordt samen met ervaringsdeskundigen voorbereid.",
                                List.of(
                                        new Action(
                                                "Ervaringsdeskundigen vragen mee te denken over de volgende landelijke "
                                                        + "bijeenkomst",
                                                "amsterdamumc@werkplaats.demo",
                                                "Amsterdam UMC",
                                                today.plusWeeks(6),
                                                null),
                                        new Action(
                                                "Een ziekenhuis uit de regio Amstelland uitnodigen voor een werksessie",
                                                "amsterdam@werkplaats.demo",
                                                "Gemeente Amsterdam",
                                                today.plusWeeks(3),
                                                null)))),
                Set.of("apeldoorn@werkplaats.demo"));
    }

    private static List<RegionStory> regionStories(DemoCalendar calendar) {
        LocalDate today = calendar.today();
        return List.of(
                new RegionStory(
                        "den-haag",
                        "denhaag@werkplaats.demo",
                        "HagaZiekenhuis, Den Haag",
                        new Past(
                                "Werksessie Den Haag: een jaar integrale polikliniek",
                                "Terugblik op het spreekuur",
                                "- 214 gezinnen begeleid, 68% in beeld vóór week 16\n"
                                        + "- De wachttijd voor een eerste gesprek met maatschappelijk werk is opgelopen "
                                        + "tot drie weken\n"
                                        + "- De wijkteams van Escamp en Laak schuiven nu vast aan",
                                "Uitkomsten van de MKBA",
                                "De analyse laat voor ziekenhuis én gemeente een positief saldo zien. Ook met de helft van "
                                        + "de verwachte besparing op jeugdhulp blijft het resultaat positief.",
                                "De uitkomsten van de MKBA worden gebruikt in het gesprek over structurele bekostiging.",
                                new Task(
                                        "Een tweede spreekuur op donderdagmiddag inroosteren",
                                        "denhaag@werkplaats.demo",
                                        "HagaZiekenhuis / Juliana Kinderziekenhuis"),
                                new Action(
                                        "De uitkomsten van de MKBA voorleggen aan de wethouder",
                                        "denhaag@werkplaats.demo",
                                        "Gemeente Den Haag",
                                        today.plusWeeks(3),
                                        null)),
                        new Theme(
                                "Werksessie Den Haag: warme overdracht naar de kraamzorg",
                                "Warme overdracht naar de kraamzorg",
                                "Kraamzorg Haaglanden hoort nu vaak pas na de bevalling dat een gezin extra steun nodig heeft."),
                        new Theme(
                                "Werksessie Den Haag: bekostiging na de projectperiode",
                                "Bekostiging na de projectperiode",
                                null)),
                new RegionStory(
                        "utrecht",
                        "utrecht@werkplaats.demo",
                        "St. Antonius Ziekenhuis, Utrecht",
                        new Past(
                                "Werksessie Utrecht: Huilen in de juiste richting",
                                "Ervaringen van ouders",
                                "Drie ouders vertelden hoe zij de route hebben ervaren. Wat hielp: één vast aanspreekpunt "
                                        + "en een huisbezoek binnen een week. Wat beter kan: de folder is te lang en alleen "
                                        + "in het Nederlands.",
                                "De route van huisarts tot JGZ",
                                "- Huisartsen verwijzen nu rechtstreeks naar de JGZ-verpleegkundige\n"
                                        + "- Een opname in het ziekenhuis is bijna niet meer nodig: twee keer in een halfjaar\n"
                                        + "- De buurtteams sluiten aan bij gezinnen met geldzorgen",
                                "De route wordt ook aangeboden in Overvecht en Kanaleneiland.",
                                new Task(
                                        "De folder inkorten en laten vertalen in het Arabisch en het Turks",
                                        "utrecht@werkplaats.demo",
                                        "JGZ Utrecht"),
                                new Action(
                                        "Afspraken maken met de buurtteams van Overvecht en Kanaleneiland",
                                        "utrecht@werkplaats.demo",
                                        "Buurtteams Utrecht",
                                        today.plusWeeks(4),
                                        null)),
                        new Theme(
                                "Werksessie Utrecht: toestemming en gegevens delen",
                                "Het toestemmingsformulier in de praktijk",
                                "De verloskundigen vragen de toestemming nu bij de eerste controle; drie van de vier gezinnen "
                                        + "stemmen in."),
                        new Theme(
                                "Werksessie Utrecht: de route in Overvecht en Kanaleneiland",
                                "De route in Overvecht en Kanaleneiland",
                                null)),
                new RegionStory(
                        "delft",
                        "delft@werkplaats.demo",
                        "Reinier de Graaf Gasthuis, Delft",
                        new Past(
                                "Werksessie Delft: ruimte voor het multidisciplinair overleg",
                                "Hoe vaak lukt het MDO?",
                                "Het afgelopen kwartaal ging het MDO over een kwetsbare zwangere vier van de negen keer "
                                        + "niet door: de gynaecoloog of de kinderarts kon niet.",
                                "Het MDO in het rooster",
                                "Het MDO telt niet als productie en verliest het daardoor steeds van het spreekuur. "
                                        + "Voorstel: een vast blok in het rooster van de polikliniek.",
                                "Het MDO krijgt een vast blok op dinsdagochtend in het rooster van de polikliniek.",
                                new Task(
                                        "Het vaste MDO-blok in het rooster van de polikliniek zetten",
                                        "delft@werkplaats.demo",
                                        "Reinier de Graaf Gasthuis"),
                                new Action(
                                        "De gemeente vragen de inzet van het sociaal team in het MDO te bekostigen",
                                        "delft@werkplaats.demo",
                                        "Reinier de Graaf Gasthuis",
                                        today.plusWeeks(5),
                                        null)),
                        new Theme(
                                "Werksessie Delft: eerste ervaringen met het vaste MDO",
                                "Eerste ervaringen met het vaste MDO",
                                "Het MDO is drie dinsdagen op rij doorgegaan, met de kinderarts erbij."),
                        new Theme(
                                "Werksessie Delft: samenwerking met de kraamzorg",
                                "Samenwerking met de kraamzorg",
                                null)),
                new RegionStory(
                        "apeldoorn",
                        "apeldoorn@werkplaats.demo",
                        "Gelre ziekenhuizen, Apeldoorn",
                        new Past(
                                "Werksessie Apeldoorn: kraamzorg voor kwetsbare gezinnen",
                                "Wachttijden in de kraamzorg",
                                "Kraamzorg Apeldoorn kon deze zomer elf gezinnen niet de extra uren geven die nodig waren. "
                                        + "Het knelpunt staat op de landelijke lijst; Zuid-Limburg herkent het.",
                                "Een vaste kraamverzorgende voor kwetsbare gezinnen",
                                "Een vaste kraamverzorgende kent het gezin al vóór de bevalling en kan de uren beter "
                                        + "verdelen. De vraag is wie de extra uren betaalt.",
                                "Gelre en Kraamzorg Apeldoorn starten een proef met een vaste kraamverzorgende.",
                                new Task(
                                        "De kosten van een vaste kraamverzorgende in beeld brengen",
                                        "apeldoorn@werkplaats.demo",
                                        "Kraamzorg Apeldoorn"),
                                new Action(
                                        "De proef voorleggen aan de zorgverzekeraar",
                                        "apeldoorn@werkplaats.demo",
                                        "Zorgverzekeraar regio Oost",
                                        today.plusWeeks(6),
                                        null)),
                        new Theme(
                                "Werksessie Apeldoorn: de samenwerking borgen",
                                "De samenwerking borgen",
                                "We hebben nog geen borgingsscan ingevuld; dat doen we vandaag samen."),
                        new Theme(
                                "Werksessie Apeldoorn: de eerste maand van de proef",
                                "De eerste maand van de proef",
                                null)),
                new RegionStory(
                        "zuid-limburg",
                        "zuidlimburg@werkplaats.demo",
                        "Maastricht UMC+, Maastricht",
                        new Past(
                                "Werksessie Zuid-Limburg: tolken en eenvoudige taal",
                                "Tolken in de praktijk",
                                "Zonder vergoeding behelpen zorgverleners zich met familieleden of een vertaalapp. Bij de "
                                        + "intake en bij een slechtnieuwsgesprek is dat niet verantwoord.",
                                "Voorlichting in eenvoudige taal",
                                "Ziekenhuis, verloskundigen en JGZ gebruiken elk eigen folders. Samen één set in "
                                        + "eenvoudige taal scheelt werk en verwarring.",
                                "Maastricht UMC+ en JGZ Zuid-Limburg gebruiken dezelfde voorlichting in eenvoudige taal.",
                                new Task(
                                        "Voorlichtingsmateriaal in eenvoudige taal verzamelen",
                                        "zuidlimburg@werkplaats.demo",
                                        "JGZ Zuid-Limburg"),
                                new Action(
                                        "De tolkkosten van het afgelopen jaar op een rij zetten",
                                        "zuidlimburg@werkplaats.demo",
                                        "Maastricht UMC+",
                                        today.plusWeeks(2),
                                        null)),
                        new Theme(
                                "Werksessie Zuid-Limburg: het sociaal wijkteam Heuvelland aan tafel",
                                "Het sociaal wijkteam Heuvelland aan tafel",
                                "Het wijkteam ziet de gezinnen vaak al vóór de zwangerschap; het wil eerder worden gebeld."),
                        new Theme(
                                "Werksessie Zuid-Limburg: voorlichting in eenvoudige taal",
                                "Voorlichting in eenvoudige taal",
                                null)),
                new RegionStory(
                        "amsterdam-olvg",
                        "olvg@werkplaats.demo",
                        "OLVG Oost, Amsterdam",
                        new Past(
                                "Werksessie OLVG: schaal en samenwerking",
                                "Een eigen sociaal-verloskundig team?",
                                "Met het aantal bevallingen is een eigen team niet rond te rekenen. Samen met Amsterdam UMC "
                                        + "en de gemeente kan het wel.",
                                "Samenwerken met Amsterdam UMC",
                                "Beide ziekenhuizen zien dezelfde gezinnen, vaak bij dezelfde wijkteams. Eén team voor de "
                                        + "hele stad ligt voor de hand.",
                                "OLVG onderzoekt met Amsterdam UMC en de gemeente één gezamenlijk team.",
                                new Task(
                                        "Aantallen kwetsbare zwangeren per stadsdeel opvragen",
                                        "olvg@werkplaats.demo",
                                        "OLVG"),
                                new Action(
                                        "Een verkennend gesprek plannen met Amsterdam UMC en de gemeente",
                                        "amsterdam@werkplaats.demo",
                                        "Gemeente Amsterdam",
                                        today.plusWeeks(3),
                                        null)),
                        new Theme(
                                "Werksessie OLVG: één team met Amsterdam UMC",
                                "Eén team met Amsterdam UMC",
                                "De gemeente wil meebetalen aan een gezamenlijk team als beide ziekenhuizen meedoen."),
                        new Theme("Werksessie OLVG: de rol van de JGZ", "De rol van de JGZ", null)),
                new RegionStory(
                        "amsterdam-umc",
                        "amsterdamumc@werkplaats.demo",
                        "Amsterdam UMC, locatie AMC",
                        new Past(
                                "Werksessie Amsterdam UMC: het zorgpad in Zuidoost",
                                "Het zorgpad na een halfjaar",
                                "Het zorgpad bereikt vooral zwangeren die al bij de verloskundige komen. Wie laat in zorg "
                                        + "komt, valt er nog vaak buiten.",
                                "Samenwerken met het ouder-kindcentrum",
                                "Het ouder-kindcentrum kent veel gezinnen die het ziekenhuis nog niet ziet.",
                                "Het ouder-kindcentrum Zuidoost wordt de vaste plek voor het eerste gesprek.",
                                new Task(
                                        "Een spreekuur in het ouder-kindcentrum inrichten",
                                        "amsterdamumc@werkplaats.demo",
                                        "Ouder-kindcentrum Zuidoost"),
                                new Action(
                                        "Sleutelfiguren uit de wijk uitnodigen voor de volgende werksessie",
                                        "amsterdamumc@werkplaats.demo",
                                        "Amsterdam UMC",
                                        today.plusWeeks(4),
                                        null)),
                        new Theme(
                                "Werksessie Amsterdam UMC: zwangeren die laat in zorg komen",
                                "Zwangeren die laat in zorg komen",
                                "Sleutelfiguren uit de wijk willen zwangeren naar het ouder-kindcentrum begeleiden."),
                        new Theme(
                                "Werksessie Amsterdam UMC: het zorgpad na een jaar", "Het zorgpad na een jaar", null)));
    }

    /** The region's session a few weeks ago; its task was due two weeks after it and done after one. */
    private static Meeting pastSession(RegionStory story, LocalDate heldOn) {
        Past past = story.past();
        Task task = past.done();
        Action done = new Action(
                task.description(), task.owner(), task.organisation(), heldOn.plusWeeks(2), heldOn.plusWeeks(1));
        return new Meeting(
                story.code(),
                past.title(),
                story.location(),
                DemoCalendar.at(heldOn, 13, 30),
                List.of(
                        new Item(past.reviewTitle(), 40, story.member(), past.reviewNotes(), null, List.of()),
                        new Item(
                                past.agreementsTitle(),
                                45,
                                FACILITATOR,
                                past.agreementsNotes(),
                                past.decision(),
                                List.of(done, past.open())),
                        new Item(ANY_OTHER_BUSINESS, 10, null, "Geen punten.", null, List.of())),
                Set.of());
    }

    // ---- making it through the services

    /**
     * A session as it went: planned three weeks ahead, run with notes, decisions and actions per
     * agenda item, closed into minutes, and some actions done afterwards by their owners.
     */
    private void held(DemoRegionIds regionIds, Meeting meeting) {
        Set<Long> invitees = invitees(regionIds, meeting.regionCode());
        WorkSession running = started(regionIds, meeting, invitees, meeting.endsAt(), Duration.ofDays(21));
        Map<ActionItem, Action> agreed = new LinkedHashMap<>();
        Instant itemEnds = meeting.startsAt();
        for (int i = 0; i < meeting.agenda().size(); i++) {
            Item item = meeting.agenda().get(i);
            AgendaItem agendaItem = running.agenda().get(i);
            itemEnds = itemEnds.plus(Duration.ofMinutes(item.minutes()));
            backdating.happenedAt(itemEnds.minus(Duration.ofMinutes(3)), () -> {
                writeNotes(agendaItem, item);
                return as(FACILITATOR, () -> {
                    if (item.decision() != null) {
                        outcomes.recordDecision(agendaItem.id(), item.decision());
                    }
                    for (Action action : item.actions()) {
                        agreed.put(outcomes.recordAction(agendaItem.id(), draft(regionIds, meeting, action)), action);
                    }
                    return agendaItem;
                });
            });
        }
        Set<Long> attendees = new HashSet<>(invitees);
        meeting.absent().forEach(email -> attendees.remove(id(email)));
        attendees.add(id(FACILITATOR));
        backdating.happenedAt(
                meeting.endsAt().plus(Duration.ofMinutes(15)),
                () -> as(FACILITATOR, () -> {
                    WorkSession current = sessions.get(running.id()).orElseThrow();
                    return sessions.close(current.id(), current.version(), attendees);
                }));
        agreed.forEach((recorded, action) -> {
            LocalDate doneOn = action.doneOn();
            if (doneOn != null) {
                backdating.happenedAt(
                        DemoCalendar.at(doneOn, 16, 0),
                        () -> as(
                                action.owner(),
                                () -> outcomes.setActionStatus(recorded.id(), recorded.version(), ActionStatus.DONE)));
            }
        });
    }

    /**
     * Started an hour ago, planned a week before, with the first notes written: a region's member
     * opens it and writes along. It lasts four hours, so it still runs while the demo is tried.
     */
    private void runningNow(DemoRegionIds regionIds, RegionStory story, DemoCalendar calendar) {
        Instant startsAt = calendar.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS);
        Theme theme = story.running();
        Meeting meeting = new Meeting(
                story.code(),
                theme.title(),
                story.location(),
                startsAt,
                List.of(
                        new Item(theme.item(), 60, story.member(), theme.notes(), null, List.of()),
                        Item.planned(PREVIOUS_ACTIONS, 20, null),
                        Item.planned(ANY_OTHER_BUSINESS, 10, null)),
                Set.of());
        WorkSession running = started(
                regionIds,
                meeting,
                invitees(regionIds, story.code()),
                startsAt.plus(4, ChronoUnit.HOURS),
                Duration.ofDays(7));
        AgendaItem first = running.agenda().getFirst();
        backdating.happenedAt(
                startsAt.plus(10, ChronoUnit.MINUTES),
                () -> writeNotes(first, meeting.agenda().getFirst()));
    }

    /** Planned two days ago for next week, with its agenda and the region's members invited. */
    private void plannedNextWeek(DemoRegionIds regionIds, RegionStory story, DemoCalendar calendar, int index) {
        LocalTime[] times = {LocalTime.of(9, 30), LocalTime.of(13, 0), LocalTime.of(14, 30), LocalTime.of(10, 0)};
        LocalTime time = times[index % times.length];
        Theme theme = story.planned();
        Meeting meeting = new Meeting(
                story.code(),
                theme.title(),
                story.location(),
                DemoCalendar.at(calendar.nextWeek(), time.getHour(), time.getMinute()),
                List.of(
                        Item.planned(theme.item(), 60, story.member()),
                        Item.planned(PREVIOUS_ACTIONS, 20, null),
                        Item.planned(ANY_OTHER_BUSINESS, 10, null)),
                Set.of());
        Set<Long> invitees = invitees(regionIds, story.code());
        backdating.happenedAt(calendar.now().minus(2, ChronoUnit.DAYS), () -> plan(regionIds, meeting, invitees));
    }

    /** Planned some time before its start, put at its start and started then. */
    private WorkSession started(
            DemoRegionIds regionIds, Meeting meeting, Set<Long> invitees, Instant endsAt, Duration plannedAhead) {
        Instant startsAt = meeting.startsAt();
        WorkSession planned =
                backdating.happenedAt(startsAt.minus(plannedAhead), () -> plan(regionIds, meeting, invitees));
        backdating.reschedule(planned.id(), startsAt, endsAt);
        return backdating.happenedAt(
                startsAt, () -> as(FACILITATOR, () -> sessions.start(planned.id(), planned.version())));
    }

    /** The item's owner writes the notes, or the facilitator when it has none. */
    private @Nullable AgendaNotes writeNotes(AgendaItem agendaItem, Item item) {
        String notes = item.notes();
        if (notes == null) {
            return null;
        }
        String writer = item.owner() == null ? FACILITATOR : item.owner();
        return as(writer, () -> sessions.saveNotes(agendaItem.id(), agendaItem.notesVersion(), notes));
    }

    /**
     * Plans the session as the facilitator. The service plans only ahead, so a session of the past
     * (or running now) is planned for tomorrow and then {@link DemoBackdating#reschedule rescheduled}.
     */
    private WorkSession plan(DemoRegionIds regionIds, Meeting meeting, Set<Long> invitees) {
        Instant tomorrow = clock.instant().plus(1, ChronoUnit.DAYS);
        Instant startsAt = meeting.startsAt().isAfter(tomorrow) ? meeting.startsAt() : tomorrow;
        Instant endsAt = startsAt.plus(Duration.between(meeting.startsAt(), meeting.endsAt()));
        List<AgendaItemDraft> agenda = meeting.agenda().stream()
                .map(item -> new AgendaItemDraft(
                        item.title(), item.minutes(), item.owner() == null ? null : id(item.owner())))
                .toList();
        Long regionId = meeting.regionCode() == null ? null : regionIds.get(meeting.regionCode());
        return as(
                FACILITATOR,
                () -> sessions.create(new WorkSessionDraft(
                        regionId, meeting.title(), startsAt, endsAt, meeting.location(), null, agenda, invitees)));
    }

    private ActionDraft draft(DemoRegionIds regionIds, Meeting meeting, Action action) {
        var organisation = ORGANISATION.NAME.eq(action.organisation());
        if (meeting.regionCode() != null) {
            organisation = organisation.and(ORGANISATION.REGION_ID.eq(regionIds.get(meeting.regionCode())));
        }
        long organisationId = dsl.select(ORGANISATION.ID)
                .from(ORGANISATION)
                .where(organisation)
                .orderBy(ORGANISATION.ID)
                .limit(1)
                .fetchOptional(ORGANISATION.ID)
                .orElseThrow(() -> new IllegalStateException("No demo organisation " + action.organisation()));
        return new ActionDraft(action.description(), id(action.owner()), organisationId, action.due());
    }

    /** The region's members; for a national session the members of every region. */
    private Set<Long> invitees(DemoRegionIds regionIds, @Nullable String regionCode) {
        var members = regionCode == null
                ? REGION_MEMBERSHIP.REGION_ID.isNotNull()
                : REGION_MEMBERSHIP.REGION_ID.eq(regionIds.get(regionCode));
        return Set.copyOf(dsl.selectDistinct(REGION_MEMBERSHIP.USER_ID)
                .from(REGION_MEMBERSHIP)
                .where(members)
                .fetch(REGION_MEMBERSHIP.USER_ID));
    }

    private long id(String email) {
        return ((AppUserPrincipal) users.loadUserByUsername(email)).getId();
    }

    private <T> T as(String email, Supplier<T> action) {
        return DemoActor.as(users, email, action);
    }
}

package nl.geboortezorg.werkplaats.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import nl.geboortezorg.werkplaats.common.ui.PdfDocument;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentDraft;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.LinkTarget;
import nl.geboortezorg.werkplaats.factsheets.FactsheetDraft;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import nl.geboortezorg.werkplaats.factsheets.KeyFigure;
import nl.geboortezorg.werkplaats.factsheets.Partner;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo factsheets in each stage (public, national, awaiting review) and documents, made through
 * the services as the demo users would.
 */
@Component
class DemoFactsheets {

    private static final String FACILITATOR = "facilitator@werkplaats.demo";

    private final FactsheetService factsheets;
    private final DocumentService documents;
    private final UserDetailsService users;

    DemoFactsheets(FactsheetService factsheets, DocumentService documents, UserDetailsService users) {
        this.factsheets = factsheets;
        this.documents = documents;
        this.users = users;
    }

    /** Runs inside the demo loader's transaction, after the regions and users exist. */
    void load(DemoRegionIds regionIds) {
        DemoActor.restoringSignIn(() -> loadAll(regionIds));
    }

    private void loadAll(DemoRegionIds region) {
        FactsheetVersion denHaag = published(
                "denhaag@werkplaats.demo",
                region.get("den-haag"),
                new FactsheetDraft(
                        "Integrale polikliniek sociale verloskunde",
                        PublicationLevel.PUBLIC,
                        "In Den Haag kwamen zwangeren met schulden, huisvestingsproblemen of huiselijk geweld vaak pas laat "
                                + "in beeld. Zorg en sociaal domein werkten langs elkaar heen.",
                        "Zwangeren met problemen op meerdere levensgebieden, van de eerste controle tot zes weken na de bevalling.",
                        "Eén keer per week houden gynaecoloog, verloskundige, maatschappelijk werker en wijkteam samen "
                                + "spreekuur.\n\n- vaste contactpersoon per gezin\n- één plan, met het gezin opgesteld\n"
                                + "- warme overdracht naar JGZ en kraamzorg",
                        List.of(),
                        "Meer gezinnen zijn vóór de 16e week in beeld en krijgen tijdig hulp bij geldzaken en wonen.",
                        List.of(
                                new KeyFigure("Gezinnen begeleid", new BigDecimal("214"), "gezinnen", 2025),
                                new KeyFigure("In beeld vóór week 16", new BigDecimal("68"), "%", 2025)),
                        "Begin met een kleine groep vaste mensen en maak afspraken over gegevens delen vóór de start.",
                        "Projectsubsidie van de gemeente tot eind 2027; structurele bekostiging is nog niet geregeld.",
                        "Projectleider sociale verloskunde, via het Haagse samenwerkingsverband"));
        published(
                "utrecht@werkplaats.demo",
                region.get("utrecht"),
                new FactsheetDraft(
                        "Warme overdracht van verloskundige naar JGZ",
                        PublicationLevel.NATIONAL,
                        "Zorgen over een gezin bleven bij de verloskundige hangen; de JGZ begon na de geboorte opnieuw.",
                        "Gezinnen met een verhoogd risico, gesignaleerd tijdens de zwangerschap.",
                        "Met toestemming van de ouders draagt de verloskundige het gezin vóór de bevalling over in een "
                                + "gezamenlijk huisbezoek met de JGZ-verpleegkundige.",
                        List.of(),
                        "De JGZ ziet deze gezinnen gemiddeld drie weken eerder.",
                        List.of(new KeyFigure("Warme overdrachten", new BigDecimal("96"), null, 2025)),
                        "Vraag de toestemming vroeg en leg vast wie wat doet.",
                        null,
                        "Coördinator geboortezorg, via het Utrechtse samenwerkingsverband"));
        as("zuidlimburg@werkplaats.demo", () -> {
            FactsheetVersion draft = factsheets.create(
                    region.get("zuid-limburg"),
                    complete(
                            region.get("zuid-limburg"),
                            new FactsheetDraft(
                                    "Tolkentelefoon in de kraamweek",
                                    PublicationLevel.NATIONAL,
                                    "Kraamverzorgenden konden niet met een deel van de moeders praten.",
                                    "Moeders die geen Nederlands of Engels spreken.",
                                    "De kraamzorg belt bij elk bezoek een telefonische tolk in.",
                                    List.of(),
                                    "Eerste ervaringen zijn positief; cijfers volgen.",
                                    List.of(),
                                    "Regel de bekostiging vooraf.",
                                    null,
                                    "Kraamzorg Zuid-Limburg")));
            return factsheets.submit(draft.id(), draft.version());
        });
        as("denhaag@werkplaats.demo", () -> {
            Document report = documents.add(
                    region.get("den-haag"),
                    new DocumentDraft(
                            "Evaluatie integrale polikliniek 2025",
                            "Kort evaluatierapport met cijfers en citaten van gezinnen.",
                            PublicationLevel.PUBLIC),
                    documents.receive(
                            "Evaluatie integrale polikliniek 2025.pdf",
                            new ByteArrayInputStream(PdfDocument.render(
                                    "<h1>Evaluatie integrale polikliniek 2025</h1>"
                                            + "<p>Samenvatting van de evaluatie van het gezamenlijke spreekuur.</p>",
                                    "Evaluatie integrale polikliniek 2025",
                                    "nl"))));
            documents.link(report.id(), LinkTarget.factsheet(denHaag.factsheetId()));
            return report;
        });
        as(
                "utrecht@werkplaats.demo",
                () -> documents.add(
                        region.get("utrecht"),
                        new DocumentDraft(
                                "Werkafspraken warme overdracht",
                                "De afspraken tussen verloskundigen en JGZ.",
                                PublicationLevel.NATIONAL),
                        documents.receive(
                                "Werkafspraken warme overdracht.pdf",
                                new ByteArrayInputStream(PdfDocument.render(
                                        "<h1>Werkafspraken warme overdracht</h1>"
                                                + "<p>Wie doet wat, wanneer, met welke toestemming.</p>",
                                        "Werkafspraken warme overdracht",
                                        "nl")))));
    }

    /** Written and submitted by a professional of the region, published by the facilitator. */
    private FactsheetVersion published(String author, long regionId, FactsheetDraft draft) {
        FactsheetVersion submitted = as(author, () -> {
            FactsheetVersion created = factsheets.create(regionId, complete(regionId, draft));
            return factsheets.submit(created.id(), created.version());
        });
        return as(FACILITATOR, () -> factsheets.publish(submitted.id(), submitted.version()));
    }

    /** The draft with the region's first four organisations as partners. */
    private FactsheetDraft complete(long regionId, FactsheetDraft draft) {
        List<Long> partners = factsheets.partnerChoices(regionId).stream()
                .map(Partner::organisationId)
                .limit(4)
                .toList();
        return new FactsheetDraft(
                draft.title(),
                draft.level(),
                draft.context(),
                draft.targetGroup(),
                draft.approach(),
                partners,
                draft.results(),
                draft.keyFigures(),
                draft.lessons(),
                draft.financing(),
                draft.contact());
    }

    private <T> T as(String email, Supplier<T> action) {
        return DemoActor.as(users, email, action);
    }
}

package nl.geboortezorg.werkplaats.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.sessions.ActionDraft;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.Minutes;
import nl.geboortezorg.werkplaats.sessions.MinutesCorrection;
import nl.geboortezorg.werkplaats.sessions.MinutesService;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.TestTimes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The minutes as people hand them on: Markdown and PDF, built from a real closed session. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinutesExportTest {

    private static final Instant NEXT_WEEK = TestTimes.daysAheadAt(7, 13);

    @Autowired
    WorkSessionService sessions;

    @Autowired
    SessionOutcomeService outcomes;

    @Autowired
    MinutesService minutesService;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    TranslationProvider translations;

    private Minutes minutes;

    @BeforeAll
    void closeASessionWithEverything() {
        SignIn.as(userDetails, DemoUsers.ADMIN);
        long denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        long haga = regions.workspace("den-haag")
                .orElseThrow()
                .organisations()
                .getFirst()
                .id();
        long daan = DemoUsers.id(userDetails, DemoUsers.DEN_HAAG);
        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        WorkSession session = sessions.create(new WorkSessionDraft(
                denHaag,
                "Werksessie\nDen Haag <b>export</b>",
                NEXT_WEEK,
                NEXT_WEEK.plus(2, ChronoUnit.HOURS),
                "Haga, zaal 3",
                null,
                List.of(new AgendaItemDraft("Terugblik", 15, null), new AgendaItemDraft("Tolken", 30, null)),
                Set.of(daan)));
        session = sessions.start(session.id(), session.version());
        long first = session.agenda().getFirst().id();
        long second = session.agenda().get(1).id();
        sessions.saveNotes(first, 0, "- Eerste punt\n- <script>alert('x')</script> bleef tekst");
        outcomes.recordDecision(second, "Tolkentelefoon wordt gedeeld");
        outcomes.recordAction(
                second,
                new ActionDraft(
                        "Offerte opvragen",
                        daan,
                        haga,
                        DutchTime.date(NEXT_WEEK).plusDays(14)));
        session = sessions.get(session.id()).orElseThrow();
        sessions.close(session.id(), session.version(), Set.of(daan));
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        MinutesCorrection correction =
                minutesService.proposeCorrection(first, "- Eerste punt, aangevuld", "Aanvulling van Daan");
        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        minutesService.acceptCorrection(correction.id(), correction.version(), null);
        minutes = minutesService.minutes(session.id()).orElseThrow();
    }

    private String markdown(Locale locale) {
        return MinutesMarkdown.render(minutes, (key, arguments) -> translations.getTranslation(key, locale, arguments));
    }

    @Test
    void the_markdown_holds_header_attendance_agenda_notes_decisions_actions_and_history() {
        String md = markdown(TranslationProvider.DUTCH);

        assertThat(md).startsWith("# Werksessie Den Haag <b>export</b>\n\nVerslag, versie 2, vastgesteld op ");
        assertThat(md)
                .contains("- Plaats: Haga, zaal 3\n")
                .contains("## Aanwezig\n\n- Daan de Vries\n")
                .contains("### 1. Terugblik\n\n- Eerste punt, aangevuld\n")
                .contains("### 2. Tolken\n\n_Geen notities._\n")
                .contains("**Besluiten**\n\n- Tolkentelefoon wordt gedeeld\n")
                .contains("**Acties**\n\n- Offerte opvragen — Daan de Vries (")
                .contains(" — Open\n")
                .contains("## Versiegeschiedenis\n\n- Versie 1: gepubliceerd bij het sluiten op ")
                .contains("- Versie 2: correctie van Terugblik, voorgesteld door Daan de Vries, geaccepteerd door "
                        + "Fenna Facilitator op ");
        assertThat(md.indexOf("### 1. Terugblik")).isLessThan(md.indexOf("### 2. Tolken"));
    }

    @Test
    void the_markdown_follows_the_reader_language() {
        assertThat(markdown(TranslationProvider.ENGLISH))
                .contains("## Attended\n")
                .contains("**Decisions**")
                .contains("## Version history");
    }

    @Test
    void the_pdf_carries_the_same_text_and_no_markup_survives() throws Exception {
        byte[] pdf = MinutesPdf.render(
                markdown(TranslationProvider.DUTCH), minutes.session().title(), "nl");

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Werksessie Den Haag <b>export</b>")
                    .contains("Eerste punt, aangevuld")
                    .contains("Tolkentelefoon wordt gedeeld")
                    .contains("Offerte opvragen")
                    .contains("Versiegeschiedenis");
        }
    }

    @Test
    void a_pdf_never_fetches_images_named_in_notes() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String withRemoteImage = "# Titel\n\n![logo](http://127.0.0.1:" + server.getLocalPort()
                    + "/logo.png)\n\nTekst na het plaatje";

            byte[] pdf = MinutesPdf.render(withRemoteImage, "Titel", "nl");

            assertThat(pdf).isNotEmpty();
            server.setSoTimeout(200);
            assertThatThrownBy(server::accept)
                    .as("no request for the image")
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }
}

package nl.geboortezorg.werkplaats.bottlenecks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import nl.geboortezorg.werkplaats.bottlenecks.DossierFixture;
import nl.geboortezorg.werkplaats.bottlenecks.EvidenceDossier;
import nl.geboortezorg.werkplaats.bottlenecks.EvidenceDossierService;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dossier compiles in the background from a bottleneck's page and the agenda, and reads as its PDF says. */
class DossierViewTest extends ViewTest {

    private static final Translator DUTCH = Translator.of(new TranslationProvider(), TranslationProvider.DUTCH);

    @Autowired
    EvidenceDossierService dossiers;

    private static void awaitCompiled(String id) throws Exception {
        DossierDownload download = _get(DossierDownload.class, spec -> spec.withId(id));
        Objects.requireNonNull(download.building(), "compiling began").get(30, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void a_facilitator_compiles_a_bottlenecks_dossier_while_the_page_stays_usable() throws Exception {
        DossierFixture.Case made = new DossierFixture(context).aCase();
        openAs(DemoUsers.FACILITATOR, "knelpunten/" + made.bottleneck().id());
        assertThat(_find(Anchor.class, spec -> spec.withId("dossier-pdf"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("dossier-compile")));
        assertThat(_get(Button.class, spec -> spec.withId("dossier-compile")).isEnabled())
                .isFalse();
        awaitCompiled("dossier");

        assertThat(_get(Span.class, spec -> spec.withId("dossier-status")).getText())
                .isEqualTo("Het dossier is klaar.");
        assertThat(_find(ProgressBar.class, spec -> spec.withId("dossier-progress")))
                .isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("dossier-pdf")).getText())
                .isEqualTo("Dossier (PDF)");
        assertThat(_get(Anchor.class, spec -> spec.withId("dossier-zip")).getText())
                .isEqualTo("Dossier met documenten (zip, 2 documenten)");
    }

    @Test
    void an_observer_compiles_the_whole_agendas_dossier() throws Exception {
        DossierFixture.Case made = new DossierFixture(context).aCase();
        openAs(DemoUsers.OBSERVER, "nationale-agenda");

        _click(_get(Button.class, spec -> spec.withId("agenda-dossier-compile")));
        awaitCompiled("agenda-dossier");

        assertThat(_get(Anchor.class, spec -> spec.withId("agenda-dossier-pdf")).getHref())
                .isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("agenda-dossier-zip")).getText())
                .as("the regional document is not the observer's")
                .doesNotContain("2 documenten");
        assertThat(made.bottleneck().onAgenda()).isTrue();
    }

    @Test
    void the_pdf_makes_the_case_with_quote_minutes_blocked_benefits_and_documents() throws IOException {
        DossierFixture.Case made = new DossierFixture(context).aCase();
        SignIn.as(users, DemoUsers.FACILITATOR);
        EvidenceDossier dossier = dossiers.dossier(made.bottleneck().id()).orElseThrow();

        byte[] pdf =
                DossierPdf.render(DUTCH, "nl", "Dossier: " + made.bottleneck().title(), List.of(dossier), Map.of());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Dossier: " + made.bottleneck().title(),
                            "Samengesteld voor Fenna Facilitator",
                            "Herkenning in de regio’s",
                            "Utrecht, herkend door",
                            "“Bij ons wachten gezinnen weken.”",
                            "Besproken in bijeenkomsten",
                            "Zorgverzekeraars willen een pilot bekostigen.",
                            "Besluit: We vragen ZN om een gesprek.",
                            "Geblokkeerde baten",
                            "Minder jeugdhulp",
                            "Samen € ",
                            "Gekoppelde documenten",
                            "Regionaal verslag (regionaal.pdf)",
                            "Landelijk rapport (landelijk.pdf)");
        }
    }

    @Test
    void a_documents_name_in_the_zip_holds_no_folders() {
        assertThat(DossierDownload.safeName("../../etc/passwd")).isEqualTo("document.._.._etc_passwd");
        assertThat(DossierDownload.safeName("verslag 2026.pdf")).isEqualTo("verslag 2026.pdf");
        assertThat(DossierDownload.safeName("a\\b:c.pdf")).isEqualTo("a_b_c.pdf");
    }
}

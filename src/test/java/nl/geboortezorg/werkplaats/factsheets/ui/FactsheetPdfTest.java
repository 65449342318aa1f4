package nl.geboortezorg.werkplaats.factsheets.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.factsheets.FactsheetDraft;
import nl.geboortezorg.werkplaats.factsheets.FactsheetState;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion.Workflow;
import nl.geboortezorg.werkplaats.factsheets.KeyFigure;
import nl.geboortezorg.werkplaats.factsheets.Partner;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The factsheet PDF a ministry official could forward: its facts in order, safe, on one or two pages. */
class FactsheetPdfTest {

    private static final Translator DUTCH = Translator.of(new TranslationProvider(), TranslationProvider.DUTCH);

    private static FactsheetVersion version(String approach) {
        FactsheetDraft content = new FactsheetDraft(
                "Sociaal verloskundig spreekuur",
                PublicationLevel.PUBLIC,
                "Kwetsbare zwangeren vallen tussen wal en schip.",
                "Zwangeren met meervoudige problematiek.",
                approach,
                List.of(1L, 2L, 3L),
                "Meer gezinnen tijdig in beeld.",
                List.of(
                        new KeyFigure("Gezinnen begeleid", new BigDecimal("1280"), "gezinnen", 2025),
                        new KeyFigure("Tevredenheid", new BigDecimal("8.4"), null, null)),
                "Begin klein.",
                null,
                "Projectleider, 070-0000000");
        return new FactsheetVersion(
                7,
                3,
                1,
                "den-haag",
                "Den Haag",
                2,
                FactsheetState.PUBLISHED,
                content,
                List.of(
                        new Partner(1L, "HMC Bronovo", OrganisationType.HOSPITAL),
                        new Partner(2L, "Gemeente Den Haag", OrganisationType.MUNICIPALITY),
                        new Partner(3L, "JGZ Haaglanden", OrganisationType.YOUTH_HEALTH_CARE)),
                new Workflow(
                        "Daan de Vries",
                        dutch(2026, 11, 20, 9, 0),
                        "Daan de Vries",
                        dutch(2026, 11, 20, 9, 30),
                        "Fenna Facilitator",
                        dutch(2026, 11, 21, 14, 0),
                        null,
                        dutch(2026, 11, 21, 14, 0)),
                4);
    }

    private static Instant dutch(int year, int month, int day, int hour, int minute) {
        return DutchTime.instant(LocalDateTime.of(year, month, day, hour, minute));
    }

    @Test
    void the_pdf_names_region_version_date_partners_by_type_key_figures_and_every_section() throws IOException {
        byte[] pdf = FactsheetPdf.render(DUTCH, "nl", version("Een **vaste** verpleegkundige <script>x</script>."));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Sociaal verloskundig spreekuur",
                            "Factsheet Den Haag · versie 2 · 21-11-2026",
                            "Kerncijfers",
                            "1.280 gezinnen",
                            "Gezinnen begeleid (2025)",
                            "8,4",
                            "Tevredenheid");
            assertThat(text)
                    .containsSubsequence(
                            "Aanleiding",
                            "Doelgroep",
                            "Werkwijze",
                            "Partners",
                            "Ziekenhuis",
                            "HMC Bronovo",
                            "Jeugdgezondheidszorg",
                            "JGZ Haaglanden",
                            "Gemeente",
                            "Gemeente Den Haag",
                            "Resultaten",
                            "Geleerde lessen",
                            "Financiering",
                            "(nog niet ingevuld)",
                            "Contact");
            assertThat(text).contains("Een vaste verpleegkundige <script>x</script>.");
            assertThat(document.getNumberOfPages()).isBetween(1, 2);
        }
        assertThat(FactsheetPdf.fileName(version("x")))
                .isEqualTo("factsheet-den-haag-sociaal-verloskundig-spreekuur-v2.pdf");
    }
}

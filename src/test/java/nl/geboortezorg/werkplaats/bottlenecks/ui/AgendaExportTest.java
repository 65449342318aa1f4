package nl.geboortezorg.werkplaats.bottlenecks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.geboortezorg.werkplaats.bottlenecks.Addressee;
import nl.geboortezorg.werkplaats.bottlenecks.AgendaEntry;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.ui.CsvDocument;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.mkba.BlockedValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The briefing and the CSV hold the agenda's items in order with their facts, and nothing else. */
class AgendaExportTest {

    private static final Translator DUTCH = Translator.of(new TranslationProvider(), TranslationProvider.DUTCH);

    private static final List<AgendaEntry> ENTRIES = List.of(
            new AgendaEntry(
                    1,
                    11,
                    "Geen structurele bekostiging",
                    "Den Haag",
                    BottleneckStatus.WITH_ADDRESSEE,
                    Set.of(Addressee.MINISTRY_VWS, Addressee.HEALTH_INSURERS),
                    List.of("Delft", "Utrecht"),
                    new TimelineEntry.Response(
                            new TimelineEntry.Stamp(
                                    5, DutchTime.instant(LocalDateTime.of(2026, 11, 2, 10, 0)), "Fenna Facilitator"),
                            Addressee.MINISTRY_VWS,
                            "VWS verkent een subsidieregeling"),
                    "Bekostiging uit Zvw en Wmo",
                    "Overleg met ZN; \"voorbereiden\"",
                    LocalDate.of(2027, 1, 15),
                    "Fenna Facilitator"),
            new AgendaEntry(
                    2,
                    12,
                    "=HYPERLINK(\"http://x\")",
                    "Utrecht",
                    BottleneckStatus.ON_AGENDA,
                    Set.of(Addressee.PROFESSIONAL_GROUPS),
                    List.of(),
                    null,
                    null,
                    "Handreiking\nopvragen",
                    null,
                    null));

    /** The first item blocks benefits worth € 1.234.567 in two analyses; the second none the reader sees. */
    private static final Map<Long, BlockedValue> BLOCKED =
            Map.of(11L, new BlockedValue(new BigDecimal("1234567.49"), 3, 2));

    @Test
    void the_briefing_lists_the_items_in_order_with_status_addressees_regions_and_steps() throws IOException {
        byte[] pdf = AgendaExport.briefingPdf(DUTCH, "nl", ENTRIES, BLOCKED, LocalDate.of(2026, 11, 23), Map.of());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Landelijke agenda sociale geboortezorg", "Stand van 23-11-2026 · 2 agendapunten");
            assertThat(text.indexOf("1. Geen structurele bekostiging")).isLessThan(text.indexOf("2. =HYPERLINK"));
            assertThat(text)
                    .contains(
                            "Bij de adressant",
                            "Zorgverzekeraars, Ministerie van VWS",
                            "Delft, Utrecht",
                            "2-11-2026: Reactie van Ministerie van VWS: VWS verkent een subsidieregeling",
                            "Overleg met ZN; \"voorbereiden\" (15-1-2027)",
                            "nog geen andere regio",
                            "Geblokkeerde baten (contante waarde)",
                            "Bekostiging uit Zvw en Wmo € 1.234.567 in 2 analyses",
                            "geen bekend");
            assertThat(text).doesNotContain("{", "margin");
            assertThat(document.getNumberOfPages()).isBetween(1, 2);
        }
    }

    @Test
    void the_csv_has_a_header_the_items_in_order_proper_quoting_and_no_formulas() {
        String csv = new String(AgendaExport.csv(DUTCH, "nl", ENTRIES, BLOCKED, Map.of()), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFNr.;Titel;Gemeld in;Status;Adressanten;Herkend in;");
        String[] lines = csv.substring(1).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1])
                .startsWith("1;Geen structurele bekostiging;Den Haag;Bij de adressant;"
                        + "Zorgverzekeraars, Ministerie van VWS;Delft, Utrecht;Bekostiging uit Zvw en Wmo;"
                        + "€ 1.234.567 in 2 analyses;")
                .contains(";\"Overleg met ZN; \"\"voorbereiden\"\"\";15-1-2027;Fenna Facilitator");
        assertThat(lines[2])
                .startsWith("2;\"'=HYPERLINK(\"\"http://x\"\")\";Utrecht;Op de landelijke agenda;")
                .contains(";geen bekend;", "\"Handreiking\nopvragen\"");
    }

    @Test
    void a_cell_that_a_spreadsheet_would_run_becomes_text() {
        assertThat(CsvDocument.cell("+31 70 123")).isEqualTo("'+31 70 123");
        assertThat(CsvDocument.cell("-1")).isEqualTo("'-1");
        assertThat(CsvDocument.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvDocument.cell("gewoon")).isEqualTo("gewoon");
        assertThat(CsvDocument.cell(null)).isEmpty();
    }
}

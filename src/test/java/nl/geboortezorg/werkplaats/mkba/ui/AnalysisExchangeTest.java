package nl.geboortezorg.werkplaats.mkba.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.geboortezorg.werkplaats.mkba.CostBenefitFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.UnorderedList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail;
import nl.geboortezorg.werkplaats.mkba.AnalysisLifecycleService;
import nl.geboortezorg.werkplaats.mkba.AnalysisPartsService;
import nl.geboortezorg.werkplaats.mkba.CostBenefitFixture;
import nl.geboortezorg.werkplaats.mkba.CostBenefitFixture.Made;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.mkba.LineItemDraft;
import nl.geboortezorg.werkplaats.mkba.model.Confidence;
import nl.geboortezorg.werkplaats.mkba.model.FlowKind;
import nl.geboortezorg.werkplaats.mkba.model.Results;
import nl.geboortezorg.werkplaats.mkba.model.ValueType;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The analysis as workbook and report: export, import back with row-level errors, the PDF's text. */
class AnalysisExchangeTest extends ViewTest {

    @Autowired
    CostBenefitService service;

    @Autowired
    AnalysisLifecycleService lifecycle;

    @Autowired
    AnalysisPartsService parts;

    @Autowired
    ApplicationContext context;

    @Autowired
    TranslationProvider translations;

    private CostBenefitFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CostBenefitFixture(context);
    }

    private Translator dutch() {
        return Translator.of(translations, TranslationProvider.DUTCH);
    }

    private List<Translator> languages() {
        return List.of(dutch(), Translator.of(translations, TranslationProvider.ENGLISH));
    }

    /** The fixture's analysis with items of every shape, at 2.25%. */
    private Made rich(String title) {
        Made made = fixture.analysis(title, PublicationLevel.REGION);
        parts.addItem(
                made.id(),
                LineItemDraft.perYear(
                                FlowKind.BENEFIT,
                                "Minder spoedopnames",
                                made.hospital(),
                                ValueType.FISCAL_NON_CASHABLE,
                                Map.of(2026, new BigDecimal("1250.55"), 2028, new BigDecimal("-10.25")))
                        .withAdjustments(
                                new BigDecimal("10"), new BigDecimal("12.5"), new BigDecimal("5"), new BigDecimal("20"))
                        .withSource("Jaarverslag 2024", Confidence.LOW));
        parts.addItem(
                made.id(),
                LineItemDraft.constant(
                                FlowKind.COST,
                                "Coördinatie",
                                made.municipality(),
                                ValueType.ECONOMIC,
                                new BigDecimal("99.99"),
                                2026,
                                2029)
                        .withGrowth(new BigDecimal("-2.5")));
        AnalysisDetail detail = service.detail(made.id()).orElseThrow();
        var h = detail.heading();
        lifecycle.updateHeading(
                made.id(),
                detail.version(),
                new nl.geboortezorg.werkplaats.mkba.AnalysisDraft(
                        h.title(),
                        h.description(),
                        h.baseYear(),
                        h.horizonYears(),
                        h.priceLevelYear(),
                        new BigDecimal("2.25"),
                        new BigDecimal("3.5"),
                        h.variationPercent(),
                        h.level()));
        return made;
    }

    /** A scenario of the analysis with every item removed: same stakeholders, nothing else. */
    private long emptyCopy(long id) {
        long copy = lifecycle.copyAsScenario(id, "Leeg");
        for (AnalysisDetail.LineItemRow item :
                service.detail(copy).orElseThrow().items()) {
            parts.removeItem(copy, item.id(), item.version());
        }
        return copy;
    }

    @Test
    void an_exported_workbook_imports_back_to_the_same_results() throws IOException {
        Made made = rich(unique("Heen en terug"));
        AnalysisDetail original = service.detail(made.id()).orElseThrow();
        byte[] workbook = AnalysisWorkbook.write(original, dutch());

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(read.getSheet("Posten").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Soort");
            assertThat(read.getSheet("Stromen per jaar").getPhysicalNumberOfRows())
                    .isEqualTo(1 + 4 * 5);
            assertThat(read.getSheet("Resultaten").getRow(1).getCell(3).getNumericCellValue())
                    .isCloseTo(
                            original.results().total().netPresentValue().doubleValue(),
                            org.assertj.core.data.Offset.offset(1e-6));
        }

        long copy = emptyCopy(made.id());
        AnalysisDetail target = service.detail(copy).orElseThrow();
        AnalysisWorkbook.Read read = AnalysisWorkbook.read(new ByteArrayInputStream(workbook), target, languages());
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).containsExactly(2, 3, 4, 5);
        parts.addItems(copy, read.items());

        Results before = original.results();
        Results after = service.detail(copy).orElseThrow().results();
        assertThat(after.total().netPresentValue())
                .isEqualByComparingTo(before.total().netPresentValue());
        assertThat(after.total().presentCosts())
                .isEqualByComparingTo(before.total().presentCosts());
        assertThat(after.total().paybackYear()).isEqualTo(before.total().paybackYear());
        for (int i = 0; i < before.stakeholders().size(); i++) {
            assertThat(after.stakeholders().get(i).totals().netPresentValue())
                    .isEqualByComparingTo(before.stakeholders().get(i).totals().netPresentValue());
        }
        assertThat(service.detail(copy).orElseThrow().items().get(2).draft().source())
                .isEqualTo("Jaarverslag 2024");
    }

    @Test
    void a_malformed_workbook_lists_rows_and_reasons_and_imports_nothing() throws IOException {
        Made made = fixture.analysis(unique("Fouten"), PublicationLevel.REGION);
        byte[] bytes = workbook(
                new Object[] {"Kosten", "Goed", "Ziekenhuis", "Economisch", "Vast bedrag per jaar", 100, 2025, 2026},
                new Object[] {
                    "Soms", "Onbekende soort", "Ziekenhuis", "Economisch", "Vast bedrag per jaar", 100, 2025, 2026
                },
                new Object[] {
                    "Baten", "Geen getal", "Gemeente", "Maatschappelijk", "Vast bedrag per jaar", "veel", 2025, 2026
                },
                new Object[] {
                    "Baten", "Onbekende partij", "Provincie", "Maatschappelijk", "Vast bedrag per jaar", 10, 2025, 2026
                });
        openAs(DemoUsers.DEN_HAAG, "mkba/" + made.id());
        _click(_get(Button.class, spec -> spec.withId("import-mkba")));
        ImportDialog dialog = _get(ImportDialog.class);

        List<String> problems = dialog.importFrom(new ByteArrayInputStream(bytes));

        assertThat(problems)
                .containsExactly(
                        "Rij 3, kolom A: ‘Soms’ is geen geldige keuze; kies uit: Kosten / Baten.",
                        "Rij 4, kolom F: ‘veel’ is geen getal.",
                        "Rij 5, kolom C: Partij ‘Provincie’ staat niet in deze analyse; partijen: Ziekenhuis, Gemeente.");
        assertThat(service.detail(made.id()).orElseThrow().items()).hasSize(2);
        dialog.show(problems);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("mkba-import-problems"))
                        .getChildren()
                        .count())
                .isEqualTo(3);
    }

    @Test
    void rows_the_service_refuses_are_named_by_row_and_column_and_nothing_is_imported() throws IOException {
        Made made = fixture.analysis(unique("Buiten horizon"), PublicationLevel.REGION);
        byte[] bytes = workbook(
                new Object[] {"Kosten", "Goed", "Ziekenhuis", "Economisch", "Vast bedrag per jaar", 100, 2025, 2026},
                new Object[] {"Baten", "Te laat", "Gemeente", "Maatschappelijk", "Vast bedrag per jaar", 100, 2025, 2031
                },
                new Object[] {
                    "Baten", "Te precies", "Gemeente", "Maatschappelijk", "Vast bedrag per jaar", "12,345", 2025, 2026
                });
        openAs(DemoUsers.DEN_HAAG, "mkba/" + made.id());
        _click(_get(Button.class, spec -> spec.withId("import-mkba")));

        List<String> problems = _get(ImportDialog.class).importFrom(new ByteArrayInputStream(bytes));

        assertThat(problems)
                .containsExactly(
                        "Rij 3, kolom H: Het jaar 2031 valt buiten de looptijd (2025–2029).",
                        "Rij 4, kolom F: Een bedrag ligt tussen −1.000.000.000 en 1.000.000.000 euro en heeft hoogstens 2 decimalen.");
        assertThat(service.detail(made.id()).orElseThrow().items()).hasSize(2);
    }

    @Test
    void a_file_that_is_no_workbook_is_refused_in_words() {
        Made made = fixture.analysis(unique("Geen rekenblad"), PublicationLevel.REGION);
        openAs(DemoUsers.DEN_HAAG, "mkba/" + made.id());
        _click(_get(Button.class, spec -> spec.withId("import-mkba")));

        List<String> problems =
                _get(ImportDialog.class).importFrom(new ByteArrayInputStream("MZ not a workbook".getBytes()));

        assertThat(problems).containsExactly("Dit bestand is geen leesbaar .xlsx-rekenblad.");
    }

    @Test
    void a_good_workbook_is_imported_through_the_dialog() throws IOException {
        Made made = fixture.analysis(unique("Import"), PublicationLevel.REGION);
        byte[] bytes = workbook(
                new Object[] {
                    "Kosten", "Training", "Ziekenhuis", "Economisch", "Vast bedrag per jaar", "1.250,50", 2025, 2025
                },
                new Object[] {"BENEFIT", "Minder uithuisplaatsingen", "gemeente", "SOCIAL", "Amount for each year"});
        openAs(DemoUsers.DEN_HAAG, "mkba/" + made.id());
        _click(_get(Button.class, spec -> spec.withId("import-mkba")));
        ImportDialog dialog = _get(ImportDialog.class);

        List<String> problems = dialog.importFrom(new ByteArrayInputStream(bytes));
        assertThat(problems).containsExactly("Rij 3: Vul voor minstens één jaar een bedrag in.");

        byte[] fixed = workbook(
                new Object[] {
                    "Kosten", "Training", "Ziekenhuis", "Economisch", "Vast bedrag per jaar", "1.250,50", 2025, 2025
                },
                new Object[] {
                    "BENEFIT",
                    "Minder uithuisplaatsingen",
                    "gemeente",
                    "SOCIAL",
                    "Amount for each year",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    500,
                    700
                });
        problems = dialog.importFrom(new ByteArrayInputStream(fixed));
        assertThat(problems).isEmpty();
        dialog.show(problems);

        AnalysisDetail detail = service.detail(made.id()).orElseThrow();
        assertThat(detail.items()).hasSize(4);
        assertThat(detail.items().get(2).draft().amount()).isEqualByComparingTo("1250.50");
        assertThat(detail.items().get(3).draft().perYear()).containsOnlyKeys(2025, 2026);
        assertThat(_get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("mkba-items"))
                        .getGenericDataView()
                        .getItems()
                        .count())
                .isEqualTo(4);
    }

    @Test
    void the_report_reads_as_a_report() throws IOException {
        Made made = rich(unique("Rapport"));
        AnalysisDetail detail = service.detail(made.id()).orElseThrow();

        String html = AnalysisPdf.html(detail, dutch(), TranslationProvider.DUTCH);
        assertThat(html.split("<svg ", -1)).as("three charts").hasSize(4);
        assertThat(html).doesNotContain("\u2212");
        byte[] pdf = AnalysisPdf.render(detail, dutch(), TranslationProvider.DUTCH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            assertThat(text)
                    .contains(detail.title())
                    .contains("Den Haag · 2025–2029 · discontovoet 2,25% · prijspeil 2025")
                    .contains("Verkeerde zak: de kosten liggen bij Ziekenhuis, de baten bij Gemeente.")
                    .contains("Totaal € 1.365 € 2.824 € 1.460 2,07 2026")
                    .contains("Ziekenhuis € 1.000 € 910 € -90 0,91 niet binnen de")
                    .contains("Minder spoedopnames")
                    .contains("Jaarverslag")
                    .contains("(Laag)")
                    .contains("(-2,5%")
                    .contains("3,5% € 1.354 € 2.769 € 1.415 2,04 2026")
                    .contains("-60,3% van de raming")
                    .contains("Jaarlijkse stromen")
                    .contains("2025 € 1.000 € 400 € -600 € -600");
        }
        assertThat(AnalysisPdf.fileName(detail, "pdf"))
                .startsWith("mkba-den-haag-rapport-")
                .endsWith(".pdf");
    }

    /** A workbook with the template's header for 2025–2029 and the given rows on the items sheet. */
    private byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Posten");
            Row head = sheet.createRow(0);
            for (int c = 0; c < AnalysisWorkbook.COLUMNS.size(); c++) {
                head.createCell(c).setCellValue(AnalysisWorkbook.COLUMNS.get(c));
            }
            for (int y = 0; y < 5; y++) {
                head.createCell(AnalysisWorkbook.COLUMNS.size() + y).setCellValue(String.valueOf(2025 + y));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}

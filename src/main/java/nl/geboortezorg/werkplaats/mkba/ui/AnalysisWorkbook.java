package nl.geboortezorg.werkplaats.mkba.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.mkba.AmountMode;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.LineItemRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.StakeholderRow;
import nl.geboortezorg.werkplaats.mkba.LineItemDraft;
import nl.geboortezorg.werkplaats.mkba.model.Confidence;
import nl.geboortezorg.werkplaats.mkba.model.FlowKind;
import nl.geboortezorg.werkplaats.mkba.model.ItemResult;
import nl.geboortezorg.werkplaats.mkba.model.Results;
import nl.geboortezorg.werkplaats.mkba.model.Sensitivity;
import nl.geboortezorg.werkplaats.mkba.model.Totals;
import nl.geboortezorg.werkplaats.mkba.model.ValueType;
import nl.geboortezorg.werkplaats.mkba.model.YearFlow;
import nl.geboortezorg.werkplaats.mkba.model.YearTotal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * An analysis as an .xlsx workbook an economist can check: the assumptions, the stakeholders, the
 * line items (the sheet that is also the import template), every item's flows per year (as
 * entered, adjusted, discount factor, discounted) and the results. Reading takes the line items
 * sheet back, row by row, and names each row it cannot read.
 */
final class AnalysisWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The line item sheet: first the fixed columns, then one column per year of the horizon. */
    static final List<String> COLUMNS = List.of(
            "kind",
            "description",
            "stakeholder",
            "value-type",
            "mode",
            "amount",
            "from-year",
            "to-year",
            "growth",
            "deadweight",
            "attribution",
            "optimism-bias",
            "drop-off",
            "source",
            "confidence");

    private static final int MAX_ROWS = 2000;

    private AnalysisWorkbook() {}

    // ---- writing

    static byte[] write(AnalysisDetail detail, Translator t) {
        Results results = detail.results();
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            assumptions(workbook.createSheet(t.translate("mkba-xlsx.sheet-assumptions")), detail, t, styles);
            stakeholders(workbook.createSheet(t.translate("mkba-xlsx.sheet-stakeholders")), detail, t, styles);
            items(workbook.createSheet(t.translate("mkba-xlsx.sheet-items")), detail, t, styles);
            flows(workbook.createSheet(t.translate("mkba-xlsx.sheet-flows")), detail, results, t, styles);
            results(workbook.createSheet(t.translate("mkba-xlsx.sheet-results")), detail, results, t, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle header, CellStyle money, CellStyle factor) {

        Styles(Workbook workbook) {
            this(workbook.createCellStyle(), workbook.createCellStyle(), workbook.createCellStyle());
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            factor.setDataFormat(workbook.createDataFormat().getFormat("0.000000"));
        }
    }

    private static void assumptions(Sheet sheet, AnalysisDetail detail, Translator t, Styles styles) {
        var h = detail.heading();
        int row = 0;
        row = pair(sheet, row, t.translate("mkba.title"), h.title(), styles);
        row = pair(sheet, row, t.translate("mkba.region"), detail.regionName(), styles);
        row = pair(sheet, row, t.translate("mkba.description"), h.description(), styles);
        row = pair(sheet, row, t.translate("mkba.base-year"), h.baseYear(), styles);
        row = pair(sheet, row, t.translate("mkba.horizon"), h.horizonYears(), styles);
        row = pair(sheet, row, t.translate("mkba.price-level-year"), h.priceLevelYear(), styles);
        row = pair(sheet, row, t.translate("mkba-xlsx.discount-rate-percent"), h.discountRate(), styles);
        if (h.customRate() != null) {
            row = pair(sheet, row, t.translate("mkba-xlsx.custom-rate-percent"), h.customRate(), styles);
        }
        row = pair(sheet, row, t.translate("mkba-xlsx.variation-percent"), h.variationPercent(), styles);
        row = pair(
                sheet,
                row,
                t.translate("mkba.status"),
                t.translate("analysis-state." + detail.state().name()),
                styles);
        row++;
        sheet.createRow(row++).createCell(0).setCellValue(t.translate("mkba-xlsx.method"));
        sheet.createRow(row).createCell(0).setCellValue(t.translate("mkba-xlsx.method-discounting"));
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 60 * 256);
    }

    private static int pair(Sheet sheet, int row, String label, Object value, Styles styles) {
        Row r = sheet.createRow(row);
        Cell name = r.createCell(0);
        name.setCellValue(label);
        name.setCellStyle(styles.header());
        set(r.createCell(1), value);
        return row + 1;
    }

    private static void stakeholders(Sheet sheet, AnalysisDetail detail, Translator t, Styles styles) {
        header(sheet.createRow(0), styles, t.translate("mkba.stakeholder-name"), t.translate("mkba.funding-stream"));
        int row = 1;
        for (StakeholderRow s : detail.stakeholders()) {
            Row r = sheet.createRow(row++);
            r.createCell(0).setCellValue(s.draft().name());
            r.createCell(1)
                    .setCellValue(t.translate(
                            "funding-stream." + s.draft().fundingStream().name()));
        }
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 36 * 256);
    }

    private static void items(Sheet sheet, AnalysisDetail detail, Translator t, Styles styles) {
        List<Integer> years = detail.model().years();
        Row head = sheet.createRow(0);
        List<String> headers = new ArrayList<>(
                COLUMNS.stream().map(c -> t.translate("mkba-xlsx.column." + c)).toList());
        years.forEach(year -> headers.add(String.valueOf(year)));
        header(head, styles, headers.toArray(String[]::new));
        int row = 1;
        for (LineItemRow item : detail.items()) {
            LineItemDraft d = item.draft();
            Row r = sheet.createRow(row++);
            boolean constant = d.mode() == AmountMode.CONSTANT;
            Object[] values = {
                t.translate("flow-kind."
                        + Objects.requireNonNull(d.kind(), "stored").name()),
                d.description(),
                detail.stakeholderName(d.stakeholderId()),
                t.translate("value-type."
                        + Objects.requireNonNull(d.valueType(), "stored").name()),
                t.translate("amount-mode."
                        + Objects.requireNonNull(d.mode(), "stored").name()),
                constant ? d.amount() : null,
                constant ? d.fromYear() : null,
                constant ? d.toYear() : null,
                constant ? d.growthPercent() : null,
                d.deadweight(),
                d.attribution(),
                d.optimismBias(),
                d.dropOff(),
                d.source(),
                t.translate("confidence." + d.confidence().name())
            };
            for (int c = 0; c < values.length; c++) {
                set(r.createCell(c), values[c]);
            }
            if (!constant) {
                for (int y = 0; y < years.size(); y++) {
                    BigDecimal amount = d.perYear().get(years.get(y));
                    if (amount != null) {
                        Cell cell = r.createCell(COLUMNS.size() + y);
                        set(cell, amount);
                        cell.setCellStyle(styles.money());
                    }
                }
            }
        }
        sheet.createFreezePane(2, 1);
        sheet.setColumnWidth(1, 40 * 256);
    }

    private static void flows(Sheet sheet, AnalysisDetail detail, Results results, Translator t, Styles styles) {
        header(
                sheet.createRow(0),
                styles,
                t.translate("mkba.item"),
                t.translate("mkba.kind"),
                t.translate("mkba.stakeholder"),
                t.translate("mkba.year"),
                "t",
                t.translate("mkba-xlsx.nominal"),
                t.translate("mkba-xlsx.adjusted"),
                t.translate("mkba-xlsx.discount-factor"),
                t.translate("mkba-xlsx.discounted"));
        int row = 1;
        int baseYear = detail.heading().baseYear();
        for (ItemResult item : results.items()) {
            for (YearFlow flow : item.years()) {
                Row r = sheet.createRow(row++);
                r.createCell(0).setCellValue(item.item().description());
                r.createCell(1)
                        .setCellValue(
                                t.translate("flow-kind." + item.item().kind().name()));
                r.createCell(2).setCellValue(detail.stakeholderName(item.item().stakeholderId()));
                r.createCell(3).setCellValue(flow.year());
                r.createCell(4).setCellValue(flow.year() - baseYear);
                money(r.createCell(5), flow.nominal(), styles);
                money(r.createCell(6), flow.adjusted(), styles);
                Cell factor = r.createCell(7);
                factor.setCellValue(BigDecimal.ONE
                        .divide(
                                BigDecimal.ONE
                                        .add(detail.heading().discountRate().movePointLeft(2))
                                        .pow(flow.year() - baseYear),
                                java.math.MathContext.DECIMAL64)
                        .doubleValue());
                factor.setCellStyle(styles.factor());
                money(r.createCell(8), flow.discounted(), styles);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(0, 40 * 256);
    }

    private static void results(Sheet sheet, AnalysisDetail detail, Results results, Translator t, Styles styles) {
        String[] totalsHeader = {
            "",
            t.translate("mkba.pv-costs"),
            t.translate("mkba.pv-benefits"),
            t.translate("mkba.npv"),
            t.translate("mkba.bcr"),
            t.translate("mkba.payback")
        };
        int row = 0;
        header(sheet.createRow(row++), styles, totalsHeader);
        row = totals(sheet, row, t.translate("mkba-xlsx.total"), results.total(), t, styles);
        for (Results.StakeholderResult s : results.stakeholders()) {
            row = totals(sheet, row, s.stakeholder().name(), s.totals(), t, styles);
        }
        row++;
        header(sheet.createRow(row++), styles, t.translate("mkba.funding-stream"));
        for (Results.StreamResult s : results.fundingStreams()) {
            row = totals(
                    sheet,
                    row,
                    t.translate("funding-stream." + s.fundingStream().name()),
                    s.totals(),
                    t,
                    styles);
        }
        row++;
        header(sheet.createRow(row++), styles, t.translate("mkba-xlsx.discount-rate-percent"));
        Sensitivity sensitivity = detail.sensitivity();
        for (Sensitivity.RateResult rate : sensitivity.rates()) {
            row = totals(sheet, row, rate.ratePercent().toPlainString(), rate.totals(), t, styles);
        }
        row++;
        header(
                sheet.createRow(row++),
                styles,
                t.translate("mkba.year"),
                t.translate("mkba.costs"),
                t.translate("mkba.benefits"),
                t.translate("mkba.discounted-costs"),
                t.translate("mkba.discounted-benefits"),
                t.translate("mkba.discounted-net"),
                t.translate("mkba.cumulative"));
        for (YearTotal year : results.total().years()) {
            Row r = sheet.createRow(row++);
            r.createCell(0).setCellValue(year.year());
            money(r.createCell(1), year.costs(), styles);
            money(r.createCell(2), year.benefits(), styles);
            money(r.createCell(3), year.discountedCosts(), styles);
            money(r.createCell(4), year.discountedBenefits(), styles);
            money(r.createCell(5), year.discountedNet(), styles);
            money(r.createCell(6), year.cumulativeDiscountedNet(), styles);
        }
        sheet.setColumnWidth(0, 30 * 256);
        for (int c = 1; c <= 6; c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
    }

    private static int totals(Sheet sheet, int row, String label, Totals totals, Translator t, Styles styles) {
        Row r = sheet.createRow(row);
        r.createCell(0).setCellValue(label);
        money(r.createCell(1), totals.presentCosts(), styles);
        money(r.createCell(2), totals.presentBenefits(), styles);
        money(r.createCell(3), totals.netPresentValue(), styles);
        totals.benefitCostRatio().ifPresent(ratio -> r.createCell(4).setCellValue(ratio.doubleValue()));
        r.createCell(5).setCellValue(MkbaFormats.payback(totals.payback(), t::translate));
        return row + 1;
    }

    private static void header(Row row, Styles styles, String... labels) {
        for (int c = 0; c < labels.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(labels[c]);
            cell.setCellStyle(styles.header());
        }
    }

    private static void money(Cell cell, BigDecimal value, Styles styles) {
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.money());
    }

    private static void set(Cell cell, Object value) {
        switch (value) {
            case null -> cell.setBlank();
            case BigDecimal number -> cell.setCellValue(number.doubleValue());
            case Integer number -> cell.setCellValue(number);
            default -> cell.setCellValue(String.valueOf(value));
        }
    }

    // ---- reading

    /** One thing wrong in a row of the line item sheet (rows and columns counted as the spreadsheet shows them). */
    record RowProblem(int row, String column, String messageKey, List<Object> arguments) {}

    /** The items read, each with the spreadsheet row it came from, or what is wrong with the file. */
    record Read(List<LineItemDraft> items, List<Integer> rows, List<RowProblem> problems) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads the line item sheet of a workbook in the template's layout. Choices (kind, value type,
     * entry, confidence) are recognised in Dutch and English; stakeholders by name, ignoring case.
     */
    static Read read(InputStream in, AnalysisDetail target, List<Translator> languages) {
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            return new Read(List.of(), List.of(), List.of(new RowProblem(0, "", "mkba-xlsx.unreadable", List.of())));
        }
        try (workbook) {
            Sheet sheet = itemSheet(workbook, languages);
            if (sheet == null) {
                return new Read(
                        List.of(),
                        List.of(),
                        List.of(new RowProblem(
                                0,
                                "",
                                "mkba-xlsx.no-item-sheet",
                                List.of(languages.getFirst().translate("mkba-xlsx.sheet-items")))));
            }
            return readItems(sheet, target, languages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable Sheet itemSheet(Workbook workbook, List<Translator> languages) {
        for (Translator language : languages) {
            Sheet sheet = workbook.getSheet(language.translate("mkba-xlsx.sheet-items"));
            if (sheet != null) {
                return sheet;
            }
        }
        return null;
    }

    private static Read readItems(Sheet sheet, AnalysisDetail target, List<Translator> languages) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<RowProblem> problems = new ArrayList<>();
        List<LineItemDraft> items = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        Row head = sheet.getRow(0);
        Map<Integer, Integer> yearColumns = new TreeMap<>();
        if (head != null) {
            for (int c = COLUMNS.size(); c < head.getLastCellNum(); c++) {
                String text = formatter.formatCellValue(head.getCell(c)).strip();
                if (text.matches("\\d{4}")) {
                    yearColumns.put(c, Integer.parseInt(text));
                } else if (!text.isEmpty()) {
                    problems.add(new RowProblem(1, column(c), "mkba-xlsx.bad-year-header", List.of(text)));
                }
            }
        }
        if (sheet.getLastRowNum() > MAX_ROWS) {
            return new Read(
                    List.of(), List.of(), List.of(new RowProblem(0, "", "mkba-xlsx.too-many-rows", List.of(MAX_ROWS))));
        }
        Choices choices = new Choices(languages);
        for (int index = 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            if (row == null || blank(row, formatter, COLUMNS.size() + yearColumns.size())) {
                continue;
            }
            int shown = index + 1;
            Cells cells = new Cells(row, shown, formatter, problems);
            FlowKind kind = choices.pick(cells, 0, FlowKind.values(), "flow-kind.");
            String description = cells.text(1);
            String stakeholderName = cells.text(2);
            Long stakeholder = target.stakeholders().stream()
                    .filter(s -> s.draft().name().equalsIgnoreCase(stakeholderName.strip()))
                    .map(StakeholderRow::id)
                    .findFirst()
                    .orElse(null);
            if (stakeholder == null && !stakeholderName.isBlank()) {
                problems.add(new RowProblem(
                        shown,
                        column(2),
                        "mkba-xlsx.unknown-stakeholder",
                        List.of(
                                stakeholderName,
                                String.join(
                                        ", ",
                                        target.stakeholders().stream()
                                                .map(s -> s.draft().name())
                                                .toList()))));
            }
            ValueType valueType = choices.pick(cells, 3, ValueType.values(), "value-type.");
            AmountMode mode = choices.pick(cells, 4, AmountMode.values(), "amount-mode.");
            TreeMap<Integer, BigDecimal> perYear = new TreeMap<>();
            yearColumns.forEach((c, year) -> cells.number(c).ifPresent(value -> perYear.put(year, value)));
            Confidence confidence = choices.pick(cells, 14, Confidence.values(), "confidence.");
            items.add(new LineItemDraft(
                    kind,
                    description,
                    stakeholder,
                    valueType,
                    mode,
                    cells.number(5).orElse(null),
                    cells.year(6),
                    cells.year(7),
                    cells.number(8).orElse(BigDecimal.ZERO),
                    perYear,
                    cells.number(9).orElse(BigDecimal.ZERO),
                    cells.number(10).orElse(BigDecimal.ZERO),
                    cells.number(11).orElse(BigDecimal.ZERO),
                    cells.number(12).orElse(BigDecimal.ZERO),
                    cells.text(13),
                    confidence == null ? Confidence.MEDIUM : confidence));
            rows.add(shown);
        }
        if (items.isEmpty() && problems.isEmpty()) {
            problems.add(new RowProblem(0, "", "mkba-xlsx.no-items", List.of()));
        }
        return new Read(items, rows, problems);
    }

    private static boolean blank(Row row, DataFormatter formatter, int columns) {
        for (int c = 0; c < columns; c++) {
            if (!formatter.formatCellValue(row.getCell(c)).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The spreadsheet's name of a column: A, B, …, Z, AA. */
    static String column(int index) {
        String name = "";
        for (int i = index; i >= 0; i = i / 26 - 1) {
            name = (char) ('A' + i % 26) + name;
        }
        return name;
    }

    /** The cells of one row, each read as text, number or year, a problem recorded for what cannot be read. */
    private record Cells(Row row, int shown, DataFormatter formatter, List<RowProblem> problems) {

        String text(int c) {
            return formatter.formatCellValue(row.getCell(c)).strip();
        }

        Optional<BigDecimal> number(int c) {
            Cell cell = row.getCell(c);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                return Optional.empty();
            }
            if (cell.getCellType() == CellType.NUMERIC
                    || cell.getCellType() == CellType.FORMULA
                            && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                return Optional.of(
                        BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros());
            }
            String text = text(c).replace("€", "")
                    .replace("%", "")
                    .replace(" ", "")
                    .replace("\u00a0", "")
                    .replace("−", "-");
            if (text.isEmpty()) {
                return Optional.empty();
            }
            // Dutch writing (1.250,50) or plain (1250.50).
            String plain = text.contains(",") ? text.replace(".", "").replace(",", ".") : text;
            try {
                return Optional.of(new BigDecimal(plain));
            } catch (NumberFormatException e) {
                problems.add(new RowProblem(shown, column(c), "mkba-xlsx.not-a-number", List.of(text(c))));
                return Optional.empty();
            }
        }

        @Nullable Integer year(int c) {
            Optional<BigDecimal> value = number(c);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return value.get().intValueExact();
            } catch (ArithmeticException e) {
                problems.add(new RowProblem(shown, column(c), "mkba-xlsx.not-a-year", List.of(text(c))));
                return null;
            }
        }
    }

    /** Recognises a choice by its label in any of the languages, or by its code. */
    private record Choices(List<Translator> languages) {

        <E extends Enum<E>> @Nullable E pick(Cells cells, int c, E[] values, String keyPrefix) {
            String text = cells.text(c);
            if (text.isEmpty()) {
                return null;
            }
            Function<E, List<String>> names = value -> {
                List<String> all = new ArrayList<>(List.of(value.name()));
                languages.forEach(language -> all.add(language.translate(keyPrefix + value.name())));
                return all;
            };
            for (E value : values) {
                if (names.apply(value).stream().anyMatch(name -> name.equalsIgnoreCase(text))) {
                    return value;
                }
            }
            cells.problems()
                    .add(new RowProblem(
                            cells.shown(),
                            column(c),
                            "mkba-xlsx.unknown-choice",
                            List.of(
                                    text,
                                    String.join(
                                            " / ",
                                            java.util.Arrays.stream(values)
                                                    .map(v ->
                                                            languages.getFirst().translate(keyPrefix + v.name()))
                                                    .toList()))));
            return null;
        }
    }
}

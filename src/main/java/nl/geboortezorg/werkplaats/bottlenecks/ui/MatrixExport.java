package nl.geboortezorg.werkplaats.bottlenecks.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.geboortezorg.werkplaats.bottlenecks.Recognition;
import nl.geboortezorg.werkplaats.bottlenecks.RecognitionMatrix;
import nl.geboortezorg.werkplaats.common.ui.CsvDocument;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.regions.RegionChoice;

/**
 * The recognition matrix as CSV for a spreadsheet: the rows as filtered on screen, one column per
 * region saying raised, recognised (with the quote) or not, in words.
 */
final class MatrixExport {

    private MatrixExport() {}

    static byte[] csv(Translator context, RecognitionMatrix matrix) {
        CsvDocument csv = new CsvDocument();
        List<String> header = new ArrayList<>(List.of(
                context.translate("bottleneck.title"),
                context.translate("bottleneck.category"),
                context.translate("bottleneck.status"),
                context.translate("matrix.region-count")));
        matrix.regions().forEach(region -> header.add(region.name()));
        csv.line(header);
        for (RecognitionMatrix.Row row : matrix.rows()) {
            List<String> line = new ArrayList<>(List.of(
                    row.title(),
                    context.translate("bottleneck-category." + row.category().name()),
                    context.translate("bottleneck-status." + row.status().name()),
                    String.valueOf(row.regionCount())));
            for (RegionChoice region : matrix.regions()) {
                line.add(cell(context, row, region));
            }
            csv.line(line);
        }
        return csv.bytes();
    }

    private static String cell(Translator context, RecognitionMatrix.Row row, RegionChoice region) {
        return switch (row.cell(region.id())) {
            case RAISED -> context.translate("matrix.csv.raised");
            case NOT -> context.translate("matrix.csv.not");
            case RECOGNISED -> {
                Recognition recognition = Objects.requireNonNull(
                        row.recognitions().get(region.id()), "a recognised cell has its recognition");
                yield recognition.quote() == null
                        ? context.translate("matrix.csv.recognised")
                        : context.translate("matrix.csv.recognised-quote", recognition.quote());
            }
        };
    }
}

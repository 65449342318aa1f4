package nl.geboortezorg.werkplaats.bottlenecks.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.geboortezorg.werkplaats.bottlenecks.AgendaEntry;
import nl.geboortezorg.werkplaats.common.ui.CsvDocument;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.PdfDocument;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.mkba.BlockedValue;
import nl.geboortezorg.werkplaats.mkba.ui.BlockedBenefits;

/**
 * The national agenda as a briefing PDF a ministry official can forward as it is, and as CSV for
 * a spreadsheet. Both list the items in priority order with the same facts.
 */
final class AgendaExport {

    private static final String BRIEFING_STYLE = ".item { margin: 0 0 1em; page-break-inside: avoid; } "
            + ".item h2 { font-size: 12pt; } "
            + "dl { margin: 0; } dt { font-weight: bold; float: left; width: 11em; clear: left; } "
            + "dd { margin: 0 0 0.2em 11.5em; } .meta { color: #444; }";

    private AgendaExport() {}

    static String fileName(String base, LocalDate date, String extension) {
        return base + "-" + date + "." + extension;
    }

    /** The briefing: a title, the date, then every item with its facts. */
    static byte[] briefingPdf(
            Translator context,
            String language,
            List<AgendaEntry> entries,
            Map<Long, BlockedValue> blocked,
            LocalDate date,
            Map<Long, String> regionNames) {
        Locale locale = Locale.of(language);
        StringBuilder html = new StringBuilder();
        html.append("<h1>")
                .append(esc(context.translate("agenda.briefing-title")))
                .append("</h1>");
        html.append("<p class=\"meta\">")
                .append(esc(context.translate("agenda.briefing-date", DutchFormats.date(date), entries.size())))
                .append("</p>");
        if (entries.isEmpty()) {
            html.append("<p>").append(esc(context.translate("agenda.empty"))).append("</p>");
        }
        for (AgendaEntry entry : entries) {
            html.append("<div class=\"item\"><h2>")
                    .append(entry.rank())
                    .append(". ")
                    .append(esc(entry.title()))
                    .append("</h2><dl>");
            for (String[] fact : facts(context, entry, worth(context, locale, blocked, entry), regionNames)) {
                html.append("<dt>")
                        .append(esc(fact[0]))
                        .append("</dt><dd>")
                        .append(esc(fact[1]))
                        .append("</dd>");
            }
            html.append("</dl></div>");
        }
        return PdfDocument.render(
                html.toString(), context.translate("agenda.briefing-title"), language, BRIEFING_STYLE);
    }

    /** UTF-8 with a byte order mark and semicolons, as Dutch spreadsheet programs open it. */
    static byte[] csv(
            Translator context,
            String language,
            List<AgendaEntry> entries,
            Map<Long, BlockedValue> blocked,
            Map<Long, String> regionNames) {
        Locale locale = Locale.of(language);
        CsvDocument csv = new CsvDocument();
        csv.line(List.of(
                context.translate("agenda.rank"),
                context.translate("bottleneck.title"),
                context.translate("agenda.raised-in"),
                context.translate("bottleneck.status"),
                context.translate("bottleneck.addressees"),
                context.translate("agenda.recognised-in"),
                context.translate("agenda-dialog.proposed-solution"),
                context.translate("agenda.blocked-benefits"),
                context.translate("agenda.last-step"),
                context.translate("agenda.last-step-date"),
                context.translate("agenda-dialog.next-step"),
                context.translate("agenda-dialog.follow-up-date"),
                context.translate("agenda-dialog.owner")));
        for (AgendaEntry entry : entries) {
            csv.line(List.of(
                    String.valueOf(entry.rank()),
                    entry.title(),
                    entry.raisedIn(),
                    context.translate("bottleneck-status." + entry.status().name()),
                    BottleneckBadges.addressees(context, entry.addressees()),
                    String.join(", ", entry.recognisedIn()),
                    orEmpty(entry.proposedSolution()),
                    worth(context, locale, blocked, entry),
                    entry.lastStep() == null ? "" : TimelineText.describe(context, entry.lastStep(), regionNames),
                    entry.lastStep() == null
                            ? ""
                            : DutchFormats.date(entry.lastStep().occurredAt()),
                    orEmpty(entry.nextStep()),
                    entry.followUpDate() == null ? "" : DutchFormats.date(entry.followUpDate()),
                    orEmpty(entry.trackOwnerName())));
        }
        return csv.bytes();
    }

    private static String worth(Translator context, Locale locale, Map<Long, BlockedValue> blocked, AgendaEntry entry) {
        return BlockedBenefits.worthInShort(
                context, locale, blocked.getOrDefault(entry.bottleneckId(), BlockedValue.NONE));
    }

    private static List<String[]> facts(
            Translator context, AgendaEntry entry, String blockedWorth, Map<Long, String> regionNames) {
        return List.of(
                new String[] {
                    context.translate("bottleneck.status"),
                    context.translate("bottleneck-status." + entry.status().name())
                },
                new String[] {
                    context.translate("bottleneck.addressees"), BottleneckBadges.addressees(context, entry.addressees())
                },
                new String[] {context.translate("agenda.raised-in"), entry.raisedIn()},
                new String[] {
                    context.translate("agenda.recognised-in"),
                    entry.recognisedIn().isEmpty()
                            ? context.translate("agenda.recognised-nowhere")
                            : String.join(", ", entry.recognisedIn())
                },
                new String[] {context.translate("agenda-dialog.proposed-solution"), orEmpty(entry.proposedSolution())},
                new String[] {context.translate("agenda.blocked-benefits"), blockedWorth},
                new String[] {
                    context.translate("agenda.last-step"),
                    entry.lastStep() == null
                            ? ""
                            : DutchFormats.date(entry.lastStep().occurredAt()) + ": "
                                    + TimelineText.describe(context, entry.lastStep(), regionNames)
                },
                new String[] {
                    context.translate("agenda-dialog.next-step"),
                    orEmpty(entry.nextStep())
                            + (entry.followUpDate() == null ? "" : " (" + DutchFormats.date(entry.followUpDate()) + ")")
                },
                new String[] {context.translate("agenda-dialog.owner"), orEmpty(entry.trackOwnerName())});
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String esc(String text) {
        return PdfDocument.escape(text);
    }
}

package nl.geboortezorg.werkplaats.bottlenecks.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.EvidenceDossier;
import nl.geboortezorg.werkplaats.bottlenecks.Recognition;
import nl.geboortezorg.werkplaats.common.SafeMarkdown;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.PdfDocument;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.mkba.BlockedBenefit;
import nl.geboortezorg.werkplaats.mkba.BlockedValue;
import nl.geboortezorg.werkplaats.mkba.ui.BlockedBenefits;
import nl.geboortezorg.werkplaats.sessions.ActionItem;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.Decision;
import nl.geboortezorg.werkplaats.sessions.Minutes;

/**
 * Evidence dossiers as one PDF to forward as it is: per bottleneck what was raised, its dated
 * timeline, every region's recognition with its quote, the minutes of the sessions that discussed
 * it (the agenda item's notes, decisions and actions), the benefits it blocks with their present
 * values, and the documents linked to it. A dossier of the national agenda holds one chapter per
 * item, in priority order, each starting on a new page.
 */
final class DossierPdf {

    private static final String STYLE = ".chapter { page-break-before: always; } "
            + ".chapter:first-of-type { page-break-before: auto; } "
            + ".meta { color: #444; } .quote { font-style: italic; } "
            + "ul { margin: 0.2em 0 0.6em; padding-left: 1.2em; } li { margin-bottom: 0.2em; }";

    private DossierPdf() {}

    static byte[] render(
            Translator texts,
            String language,
            String title,
            List<EvidenceDossier> dossiers,
            Map<Long, String> regionNames) {
        Locale locale = Locale.of(language);
        StringBuilder html = new StringBuilder();
        html.append("<h1>").append(esc(title)).append("</h1>");
        if (!dossiers.isEmpty()) {
            EvidenceDossier first = dossiers.getFirst();
            html.append(p("meta", texts.translate("dossier.compiled", first.compiledFor(), stamp(first.compiledAt()))));
        } else {
            html.append(p("", texts.translate("agenda.empty")));
        }
        for (EvidenceDossier dossier : dossiers) {
            html.append("<div class=\"chapter\">");
            chapter(html, texts, locale, dossier, regionNames, dossiers.size() > 1);
            html.append("</div>");
        }
        return PdfDocument.render(html.toString(), title, language, STYLE);
    }

    private static void chapter(
            StringBuilder html,
            Translator texts,
            Locale locale,
            EvidenceDossier dossier,
            Map<Long, String> regionNames,
            boolean several) {
        Bottleneck b = dossier.bottleneck();
        html.append(several ? "<h1>" : "<h2>").append(esc(b.title())).append(several ? "</h1>" : "</h2>");
        html.append(p(
                "meta",
                texts.translate("dossier.raised", b.raisedBy(), b.regionName(), DutchFormats.date(b.raisedAt()))
                        + " · " + texts.translate("bottleneck.status") + ": "
                        + texts.translate("bottleneck-status." + b.status().name())
                        + " · " + texts.translate("bottleneck.category") + ": "
                        + texts.translate("bottleneck-category." + b.category().name())));
        if (!b.addressees().isEmpty()) {
            html.append(p(
                    "meta",
                    texts.translate("bottleneck.addressees") + ": "
                            + BottleneckBadges.addressees(texts, b.addressees())));
        }
        html.append(SafeMarkdown.toHtml(b.description()));

        heading(html, texts, "dossier.timeline");
        list(
                html,
                dossier.detail().timeline(),
                entry -> DutchFormats.date(entry.occurredAt()) + ": "
                        + TimelineText.describe(texts, entry, regionNames));

        heading(html, texts, "dossier.recognitions");
        List<Recognition> recognitions = dossier.detail().recognitions();
        if (recognitions.isEmpty()) {
            html.append(p("", texts.translate("dossier.no-recognitions")));
        } else {
            html.append("<ul>");
            for (Recognition recognition : recognitions) {
                html.append("<li>")
                        .append(esc(texts.translate(
                                "dossier.recognition",
                                recognition.regionName(),
                                recognition.recognisedBy(),
                                DutchFormats.date(recognition.recognisedAt()))));
                if (recognition.quote() != null && !recognition.quote().isBlank()) {
                    html.append("<br/><span class=\"quote\">“")
                            .append(esc(recognition.quote()))
                            .append("”</span>");
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }

        heading(html, texts, "dossier.minutes");
        if (dossier.minutes().isEmpty()) {
            html.append(p("", texts.translate("dossier.no-minutes")));
        }
        for (Minutes minutes : dossier.minutes()) {
            html.append("<h3>")
                    .append(esc(texts.translate(
                            "dossier.session",
                            minutes.session().title(),
                            DutchFormats.date(minutes.session().startsAt()))))
                    .append("</h3>");
            for (AgendaItem item : minutes.session().agenda()) {
                if (item.bottleneckId() == null || item.bottleneckId() != b.id()) {
                    continue;
                }
                html.append(
                        p("meta", texts.translate("session.agenda.item-title", item.position()) + ": " + item.title()));
                if (item.notes() != null && !item.notes().isBlank()) {
                    html.append(SafeMarkdown.toHtml(item.notes()));
                }
                html.append("<ul>");
                for (Decision decision : minutes.outcomes().decisionsOf(item.id())) {
                    html.append("<li>")
                            .append(esc(texts.translate("dossier.decision", decision.description())))
                            .append("</li>");
                }
                for (ActionItem action : minutes.outcomes().actionsOf(item.id())) {
                    html.append("<li>")
                            .append(esc(texts.translate(
                                    "dossier.action",
                                    action.description(),
                                    action.ownerName(),
                                    DutchFormats.date(action.dueDate()))))
                            .append("</li>");
                }
                html.append("</ul>");
            }
        }

        heading(html, texts, "dossier.blocked");
        BlockedValue worth = dossier.blockedValue();
        if (dossier.blockedBenefits().isEmpty()) {
            html.append(p("", texts.translate("dossier.no-blocked")));
        } else {
            list(
                    html,
                    dossier.blockedBenefits(),
                    (BlockedBenefit benefit) -> texts.translate(
                            "dossier.blocked-line",
                            benefit.analysisTitle(),
                            benefit.regionName(),
                            benefit.description(),
                            BlockedBenefits.euros(benefit.presentValue(), locale)));
            html.append(p("", BlockedBenefits.worth(texts, locale, worth)));
        }

        heading(html, texts, "dossier.documents");
        if (dossier.documents().isEmpty()) {
            html.append(p("", texts.translate("dossier.no-documents")));
        } else {
            list(
                    html,
                    dossier.documents(),
                    (Document document) -> texts.translate(
                            "dossier.document",
                            document.title(),
                            document.originalName(),
                            document.regionName(),
                            DutchFormats.date(document.uploadedAt())));
        }
    }

    /** A bulleted list, each item's text escaped. */
    private static <T> void list(StringBuilder html, List<T> items, Function<T, String> text) {
        html.append("<ul>");
        items.forEach(item -> html.append("<li>").append(esc(text.apply(item))).append("</li>"));
        html.append("</ul>");
    }

    private static void heading(StringBuilder html, Translator texts, String key) {
        html.append("<h3>").append(esc(texts.translate(key))).append("</h3>");
    }

    private static String p(String cssClass, String text) {
        return (cssClass.isEmpty() ? "<p>" : "<p class=\"" + cssClass + "\">") + esc(text) + "</p>";
    }

    private static String stamp(Instant moment) {
        return DutchFormats.dateTime(moment);
    }

    private static String esc(String text) {
        return PdfDocument.escape(text);
    }
}

package nl.geboortezorg.werkplaats.bottlenecks.ui;

import java.util.Map;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.Translator;

/** One timeline entry as a sentence, in the reader's language; shared by the page and the briefing. */
final class TimelineText {

    private TimelineText() {
    }

    static String describe(Translator context, TimelineEntry entry, Map<Long, String> regionNames) {
        String text = entry.text() == null ? "" : entry.text();
        String addressees = BottleneckBadges.addressees(context, entry.addressees());
        return switch (entry.type()) {
            case RAISED -> context.translate("timeline.raised");
            case STATUS -> context.translate("timeline.status",
                    context.translate("bottleneck-status." + entry.fromStatus().name()),
                    context.translate("bottleneck-status." + entry.toStatus().name()))
                    + (text.isEmpty() ? "" : ": " + text);
            case PROMOTED -> context.translate("timeline.promoted", addressees, entry.nextStep(),
                    DutchFormats.date(entry.followUpDate()), String.valueOf(entry.trackOwnerName()));
            case AGENDA_UPDATED -> context.translate("timeline.agenda-updated", addressees, entry.nextStep(),
                    DutchFormats.date(entry.followUpDate()), String.valueOf(entry.trackOwnerName()));
            case RESPONSE -> context.translate("timeline.response", addressees, text);
            case FOLLOW_UP -> context.translate("timeline.follow-up", text, entry.nextStep(),
                    DutchFormats.date(entry.followUpDate()));
            case RECOGNISED -> context.translate("timeline.recognised",
                    regionNames.getOrDefault(entry.relatedId(), "?")) + (text.isEmpty() ? "" : ": “" + text + "”");
            case RECOGNITION_WITHDRAWN -> context.translate("timeline.recognition-withdrawn",
                    regionNames.getOrDefault(entry.relatedId(), "?"));
            case MERGED_IN -> context.translate("timeline.merged-in");
            case MERGED_INTO -> context.translate("timeline.merged-into");
        };
    }
}

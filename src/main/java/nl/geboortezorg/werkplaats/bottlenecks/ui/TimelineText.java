package nl.geboortezorg.werkplaats.bottlenecks.ui;

import java.util.Map;
import java.util.Set;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.AgendaFields;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.AgendaUpdated;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.FollowUp;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.MergedIn;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.MergedInto;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.Promoted;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.Raised;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.Recognised;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.RecognitionWithdrawn;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.Response;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.StatusChanged;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import org.jspecify.annotations.Nullable;

/** One timeline entry as a sentence, in the reader's language; shared by the page and the briefing. */
final class TimelineText {

    private TimelineText() {}

    static String describe(Translator context, TimelineEntry entry, Map<Long, String> regionNames) {
        return switch (entry) {
            case Raised raised -> context.translate("timeline.raised");
            case StatusChanged status
            when status.to() == BottleneckStatus.WITHDRAWN ->
                context.translate("timeline.withdrawn") + withText(": ", status.note());
            case StatusChanged status
            when !status.from().open() && status.to().open() ->
                context.translate(
                                "timeline.reopened",
                                context.translate(
                                        "bottleneck-status." + status.from().name()),
                                context.translate(
                                        "bottleneck-status." + status.to().name()))
                        + withText(": ", status.note());
            case StatusChanged status ->
                context.translate(
                                "timeline.status",
                                context.translate(
                                        "bottleneck-status." + status.from().name()),
                                context.translate(
                                        "bottleneck-status." + status.to().name()))
                        + withText(": ", status.note());
            case Promoted promoted -> agenda(context, "timeline.promoted", promoted.agenda());
            case AgendaUpdated updated -> agenda(context, "timeline.agenda-updated", updated.agenda());
            case Response response ->
                context.translate(
                        "timeline.response",
                        BottleneckBadges.addressees(context, Set.of(response.addressee())),
                        text(response.text()));
            case FollowUp followUp ->
                context.translate(
                        "timeline.follow-up",
                        text(followUp.text()),
                        followUp.nextStep(),
                        DutchFormats.date(followUp.followUpDate()));
            case Recognised recognised ->
                context.translate("timeline.recognised", regionNames.getOrDefault(recognised.regionId(), "?"))
                        + (text(recognised.quote()).isEmpty() ? "" : ": “" + recognised.quote() + "”");
            case RecognitionWithdrawn withdrawn ->
                context.translate(
                        "timeline.recognition-withdrawn", regionNames.getOrDefault(withdrawn.regionId(), "?"));
            case MergedIn merged -> context.translate("timeline.merged-in");
            case MergedInto merged -> context.translate("timeline.merged-into");
        };
    }

    private static String agenda(Translator context, String key, AgendaFields agenda) {
        return context.translate(
                key,
                BottleneckBadges.addressees(context, agenda.addressees()),
                agenda.nextStep(),
                DutchFormats.date(agenda.followUpDate()),
                String.valueOf(agenda.trackOwnerName()));
    }

    private static String text(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static String withText(String separator, @Nullable String text) {
        return text == null || text.isEmpty() ? "" : separator + text;
    }
}

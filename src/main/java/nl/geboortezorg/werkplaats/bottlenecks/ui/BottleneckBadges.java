package nl.geboortezorg.werkplaats.bottlenecks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.bottlenecks.Addressee;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.common.ui.Translator;

/** The status badge and addressee list every bottleneck view shows the same way. */
final class BottleneckBadges {

    private BottleneckBadges() {}

    /** The status in words (never by colour alone), styled per stage. */
    static Span status(Component context, BottleneckStatus status) {
        Span badge = new Span(context.getTranslation("bottleneck-status." + status.name()));
        badge.getElement().getThemeList().add("badge");
        badge.addClassNames(
                "bottleneck-status", "bottleneck-status-" + status.name().toLowerCase());
        if (status == BottleneckStatus.ADDRESSED) {
            badge.getElement().getThemeList().add("success");
        } else if (status == BottleneckStatus.CLOSED || status == BottleneckStatus.WITHDRAWN) {
            badge.getElement().getThemeList().add("contrast");
        }
        return badge;
    }

    static String addressees(Translator context, Set<Addressee> addressees) {
        return addressees.stream()
                .sorted()
                .map(a -> context.translate("addressee." + a.name()))
                .collect(Collectors.joining(", "));
    }
}

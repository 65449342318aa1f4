package nl.geboortezorg.werkplaats.bottlenecks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Optional;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.common.ui.StartSection;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.ui.HomeSection;
import org.springframework.core.annotation.Order;

/** On a region member's start page: bottlenecks of other regions waiting for their region to say whether it recognises them. */
@org.springframework.stereotype.Component
@Order(3)
class AwaitingRecognitionSection implements HomeSection {

    private final BottleneckService bottlenecks;
    private final RegionService regions;

    AwaitingRecognitionSection(BottleneckService bottlenecks, RegionService regions) {
        this.bottlenecks = bottlenecks;
        this.regions = regions;
    }

    @Override
    public Optional<Component> create() {
        if (!regions.hasRegion()) {
            return Optional.empty();
        }
        Section probe = new Section();
        List<ListItem> items = bottlenecks.awaitingMyRecognition(StartSection.SHOWN).stream()
                .map(b -> StartSection.item(
                        BottleneckNavigation.bottleneck(b.id()).anchor(b.title()),
                        b.regionName(),
                        probe.getTranslation("start.recognition-count", b.recognitionCount())))
                .toList();
        return Optional.of(StartSection.of(
                "awaiting-recognition",
                probe.getTranslation("start.recognition"),
                items,
                probe.getTranslation("start.recognition-none"),
                BottleneckNavigation.recognitionMatrix(),
                probe.getTranslation("start.recognition-all")));
    }
}

package nl.geboortezorg.werkplaats.bottlenecks.ui;

import nl.geboortezorg.werkplaats.common.ui.ViewLink;

/** The pages of bottlenecks and the national agenda that other features link to; the views stay package-private. */
public final class BottleneckNavigation {

    private BottleneckNavigation() {}

    public static ViewLink bottlenecks() {
        return ViewLink.to(BottleneckListView.class);
    }

    /** The bottleneck list filtered on one region. */
    public static ViewLink bottlenecksIn(String regionCode) {
        return bottlenecks().with(BottleneckListView.REGION, regionCode);
    }

    public static ViewLink bottleneck(long id) {
        return ViewLink.to(BottleneckView.class, BottleneckView.ID, id);
    }

    public static ViewLink nationalAgenda() {
        return ViewLink.to(NationalAgendaView.class);
    }

    public static ViewLink recognitionMatrix() {
        return ViewLink.to(RecognitionMatrixView.class);
    }
}

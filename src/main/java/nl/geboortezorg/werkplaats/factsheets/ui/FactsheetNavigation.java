package nl.geboortezorg.werkplaats.factsheets.ui;

import nl.geboortezorg.werkplaats.common.ui.ViewLink;

/** The pages of factsheets and the knowledge base that other features link to; the views stay package-private. */
public final class FactsheetNavigation {

    private FactsheetNavigation() {}

    public static ViewLink factsheets() {
        return ViewLink.to(FactsheetListView.class);
    }

    /** The factsheet list filtered on one region. */
    public static ViewLink factsheetsIn(String regionCode) {
        return factsheets().with(FactsheetListView.REGION_PARAMETER, regionCode);
    }

    public static ViewLink factsheet(long id) {
        return ViewLink.to(FactsheetView.class, FactsheetView.ID, id);
    }

    /** A published factsheet in the public knowledge base, open without signing in. */
    public static ViewLink publicFactsheet(long id) {
        return ViewLink.to(KnowledgeBaseFactsheetView.class, KnowledgeBaseFactsheetView.ID, id);
    }

    /** The public knowledge base, open without signing in. */
    public static ViewLink knowledgeBase() {
        return ViewLink.to(KnowledgeBaseView.class);
    }
}

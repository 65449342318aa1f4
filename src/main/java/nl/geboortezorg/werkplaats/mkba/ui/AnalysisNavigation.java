package nl.geboortezorg.werkplaats.mkba.ui;

import nl.geboortezorg.werkplaats.common.ui.ViewLink;

/** The pages of cost-benefit analyses that other features link to; the views stay package-private. */
public final class AnalysisNavigation {

    private AnalysisNavigation() {}

    /** The list of the analyses the signed-in user may see. */
    public static ViewLink analyses() {
        return ViewLink.to(AnalysisListView.class);
    }

    public static ViewLink analysis(long id) {
        return ViewLink.to(AnalysisView.class, AnalysisView.ID, id);
    }

    /** A published analysis in the public knowledge base, open without signing in. */
    public static ViewLink publicAnalysis(long id) {
        return ViewLink.to(PublicAnalysisView.class, PublicAnalysisView.ID, id);
    }
}

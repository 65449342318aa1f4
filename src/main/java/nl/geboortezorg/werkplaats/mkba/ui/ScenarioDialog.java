package nl.geboortezorg.werkplaats.mkba.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.geboortezorg.werkplaats.common.ui.FormDialog;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail;
import nl.geboortezorg.werkplaats.mkba.AnalysisDraft;
import nl.geboortezorg.werkplaats.mkba.AnalysisLifecycleService;

/** Names a scenario: a copy of the analysis to change freely; opens the copy once made. */
final class ScenarioDialog extends FormDialog {

    final TextField title = new TextField();

    ScenarioDialog(AnalysisLifecycleService service, AnalysisDetail detail) {
        super(UI.getCurrent().getTranslation("mkba.new-scenario"));
        title.setId("scenario-title");
        title.setLabel(getTranslation("mkba.scenario-title"));
        title.setMaxLength(AnalysisDraft.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.setValue(getTranslation("mkba.scenario-default-title", detail.title()));
        errors.bind("title", title);
        add(new Paragraph(getTranslation("mkba.scenario-intro")), title);
        long[] made = new long[1];
        onSave(
                "save-scenario",
                () -> made[0] = service.copyAsScenario(detail.id(), title.getValue()),
                "mkba.scenario-made",
                () -> AnalysisNavigation.analysis(made[0]).navigate(UI.getCurrent()));
    }
}

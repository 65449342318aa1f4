package nl.geboortezorg.werkplaats.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import nl.geboortezorg.werkplaats.regions.ui.RegionNavigation;

/**
 * What the platform shows, inside its frame, when a page cannot be shown: a heading, what happened
 * in plain words, and the way back (the overview, or the previous page).
 */
abstract class ProblemPage extends Div implements HasDynamicTitle {

    private String titleKey = "";

    ProblemPage() {
        addClassName("problem-page");
    }

    /** Shows the heading and the explanation; anything more (such as a reference) follows them. */
    void show(String titleKey, String textKey, Component... more) {
        H2 title = new H2(getTranslation(titleKey));
        title.setId("problem-title");
        Paragraph text = new Paragraph(getTranslation(textKey));
        text.setId("problem-text");
        show(titleKey, new Div(title, text), more);
    }

    /** Shows the message with the heading of the title's key, then anything more, then the way back. */
    void show(String titleKey, Component message, Component... more) {
        this.titleKey = titleKey;
        removeAll();
        add(message);
        add(more);
        add(wayBack());
    }

    private Component wayBack() {
        RouterLink home = new RouterLink(
                getTranslation("problem.home"), RegionNavigation.home().view());
        home.setId("problem-home");
        Button back = new Button(getTranslation("problem.back"), VaadinIcon.ARROW_LEFT.create());
        back.setId("problem-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClickListener(click -> getElement().executeJs("history.back()"));
        HorizontalLayout links = new HorizontalLayout(home, back);
        links.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        links.addClassName("problem-links");
        return links;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}

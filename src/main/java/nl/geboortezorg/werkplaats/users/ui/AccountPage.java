package nl.geboortezorg.werkplaats.users.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import nl.geboortezorg.werkplaats.common.ui.PageFooter;
import nl.geboortezorg.werkplaats.common.ui.ViewLink;
import nl.geboortezorg.werkplaats.security.ui.LoginView;

/**
 * The frame of the pages people reach from a mail or the login page without being signed in
 * (forgot password, choose a password, confirm an address): the platform's name, a heading for
 * the page's current state and what belongs under it, which each step replaces, and the footer
 * with the way to the accessibility statement that every page has.
 */
abstract class AccountPage extends Main implements HasDynamicTitle {

    private final H2 heading = new H2();
    private final Div body = new Div();

    AccountPage() {
        addClassName("login-view");
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        heading.setId("account-page-heading");
        body.setId("account-page-body");
        add(title, heading, body, PageFooter.of(this));
    }

    /** Shows the state: its heading (also the page title) and its content. */
    protected void show(String headingText, Component... content) {
        heading.setText(headingText);
        body.removeAll();
        body.add(content);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    protected Paragraph text(String key, Object... arguments) {
        return new Paragraph(getTranslation(key, arguments));
    }

    protected Anchor loginLink() {
        Anchor login = ViewLink.to(LoginView.class).anchor(getTranslation("account-page.to-login"));
        login.setId("to-login");
        return login;
    }

    protected Anchor forgotPasswordLink() {
        Anchor forgot = UserNavigation.forgotPassword().anchor(getTranslation("account-page.request-new-link"));
        forgot.setId("request-new-link");
        return forgot;
    }

    @Override
    public String getPageTitle() {
        String state = heading.getText();
        return (state == null || state.isEmpty() ? "" : state + " | ") + getTranslation("app.name");
    }
}

package nl.geboortezorg.werkplaats.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * The interface language: the signed-in user's own choice, or the one picked on the login page,
 * or Dutch. Never the browser's language: the platform is Dutch unless someone chose otherwise.
 */
public final class UiLanguage {

    private static final String CHOSEN = UiLanguage.class.getName() + ".chosen";

    private UiLanguage() {}

    /** Remembers a language picked before signing in, and applies it to the session. */
    public static void choose(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(CHOSEN, locale);
        apply(UI.getCurrent(), locale);
    }

    /** The language picked before signing in, or Dutch. */
    public static Locale chosen() {
        Object chosen = VaadinSession.getCurrent().getAttribute(CHOSEN);
        return chosen instanceof Locale locale ? locale : TranslationProvider.DUTCH;
    }

    /** Shows this UI, and the UIs the session opens after it, in the language. */
    public static void apply(UI ui, Locale locale) {
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
    }
}

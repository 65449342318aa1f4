package nl.geboortezorg.werkplaats.common.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;

/**
 * Texts in one language, for code that builds text outside a component's request: exports that a
 * download handler renders later, and helpers that views share.
 */
@FunctionalInterface
public interface Translator {

    String translate(String key, Object... arguments);

    /** The component's language, as it is when asked. */
    static Translator of(Component component) {
        return component::getTranslation;
    }

    /** A fixed language, for work done after the request that asked for it. */
    static Translator of(TranslationProvider translations, Locale locale) {
        return (key, arguments) -> translations.getTranslation(key, locale, arguments);
    }
}

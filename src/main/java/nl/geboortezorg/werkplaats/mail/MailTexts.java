package nl.geboortezorg.werkplaats.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.geboortezorg.werkplaats.common.Language;

/** The translation file's texts in the recipient's language, for messages sent outside a page. */
public final class MailTexts {

    private final Locale locale;
    private final ResourceBundle bundle;

    public MailTexts(Language language) {
        this.locale = language.locale();
        this.bundle = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}

package nl.geboortezorg.werkplaats.common;

import java.util.Locale;

/** The interface languages: Dutch first, English as a choice. */
public enum Language {
    NL(Locale.of("nl", "NL")),
    EN(Locale.of("en", "GB"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language fromCode(String code) {
        return "en".equalsIgnoreCase(code) ? EN : NL;
    }

    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : NL;
    }
}

package nl.geboortezorg.werkplaats.common.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every visible text comes from {@code vaadin-i18n/translations_nl.properties} (the default) or
 * {@code translations_en.properties}.
 */
@Component
public class TranslationProvider extends DefaultI18NProvider {

    public static final Locale DUTCH = Locale.of("nl", "NL");
    public static final Locale ENGLISH = Locale.of("en", "GB");

    public TranslationProvider() {
        super(List.of(DUTCH, ENGLISH));
    }
}

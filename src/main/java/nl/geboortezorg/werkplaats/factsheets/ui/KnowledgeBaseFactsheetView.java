package nl.geboortezorg.werkplaats.factsheets.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.KnowledgeBaseHeader;
import nl.geboortezorg.werkplaats.common.ui.NothingHere;
import nl.geboortezorg.werkplaats.common.ui.PageFooter;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import org.jspecify.annotations.Nullable;

/** A public factsheet in the knowledge base, to read and download as PDF without signing in. */
@Route(value = "kennisbank/:id", autoLayout = false)
@AnonymousAllowed
class KnowledgeBaseFactsheetView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final FactsheetService factsheets;
    private final TranslationProvider translations;
    private @Nullable FactsheetVersion version;

    KnowledgeBaseFactsheetView(FactsheetService factsheets, TranslationProvider translations) {
        this.factsheets = factsheets;
        this.translations = translations;
        addClassName("knowledge-base");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(ID).orElse(-1L);
        version = factsheets.publicFactsheet(id).orElse(null);
        if (version == null) {
            // Public pages have no frame for the error page; they say the same in place.
            removeAll();
            add(
                    KnowledgeBaseHeader.of(
                            this, FactsheetNavigation.knowledgeBase().path()),
                    NothingHere.of(this),
                    PageFooter.of(this));
            return;
        }
        removeAll();
        H2 title = new H2(version.title());
        title.setId("factsheet-title");
        // Read again when followed: a factsheet withdrawn while this page is open is no longer served.
        Anchor pdf = FactsheetPdf.anchor(translations, this, getLocale(), () -> factsheets.publicFactsheet(id));
        add(
                KnowledgeBaseHeader.of(this, FactsheetNavigation.knowledgeBase().path()),
                title,
                new Paragraph(getTranslation("factsheet.meta", version.regionName(), version.number())
                        + " · "
                        + getTranslation(
                                "factsheet.published-on",
                                DutchFormats.date(Objects.requireNonNull(
                                        version.workflow().publishedAt(), "public, so published")))),
                new Paragraph(pdf),
                FactsheetContent.of(this, version),
                PageFooter.of(this));
    }

    @Override
    public String getPageTitle() {
        return (version == null ? getTranslation("knowledge-base.title") : version.title()) + " | "
                + getTranslation("knowledge-base.title");
    }
}

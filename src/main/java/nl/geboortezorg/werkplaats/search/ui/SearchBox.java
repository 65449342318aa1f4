package nl.geboortezorg.werkplaats.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import nl.geboortezorg.werkplaats.search.SearchService;

/** The one search box of the main layout: Enter opens the search page with the words typed. */
public class SearchBox extends TextField {

    public SearchBox() {
        setId("global-search");
        addClassName("global-search");
        setPlaceholder(getTranslation("search.placeholder"));
        setAriaLabel(getTranslation("search.field"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setMaxLength(SearchService.TEXT_MAX);
        setClearButtonVisible(true);
        addKeyDownListener(Key.ENTER, enter -> search());
    }

    /** Opens the search page for what is typed; nothing happens for an empty box. */
    public void search() {
        String words = getValue().strip();
        if (!words.isEmpty()) {
            getUI().ifPresent(ui -> ui.navigate(SearchView.class, QueryParameters.of(SearchView.WORDS, words)));
        }
    }
}

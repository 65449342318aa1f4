package nl.geboortezorg.werkplaats.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.Destinations;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import nl.geboortezorg.werkplaats.search.Fragment;
import nl.geboortezorg.werkplaats.search.SearchQuery;
import nl.geboortezorg.werkplaats.search.SearchResult;
import nl.geboortezorg.werkplaats.search.SearchResults;
import nl.geboortezorg.werkplaats.search.SearchService;
import nl.geboortezorg.werkplaats.search.SearchType;

/**
 * Search results for everything the user may read, newest first, with the matching words marked;
 * filters by type and region. What is searched lives in the address, so a search can be shared
 * and the browser's back button returns to the previous one.
 */
@Route("zoeken")
@PermitAll
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String WORDS = "q";
    static final String TYPE = "soort";
    static final String REGION = "regio";
    static final String PAGE = "pagina";
    static final int PAGE_SIZE = 20;

    private final SearchService search;
    private final Destinations destinations;
    private final List<RegionSummary> regions;

    final TextField words = new TextField();
    final CheckboxGroup<SearchType> types = new CheckboxGroup<>();
    final ComboBox<RegionSummary> region = new ComboBox<>();
    final Paragraph summary = new Paragraph();
    final Div results = new Div();
    final Button previous = new Button();
    final Button next = new Button();
    private int page;
    private Map<SearchType, Integer> perType = Map.of();

    SearchView(SearchService search, RegionService regionService, Destinations destinations) {
        this.search = search;
        this.destinations = destinations;
        this.regions = regionService.regions();
        addClassName("search-view");

        words.setId("search-words");
        words.setLabel(getTranslation("search.field"));
        words.setMaxLength(SearchService.TEXT_MAX);
        words.setClearButtonVisible(true);
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        words.addKeyDownListener(Key.ENTER, enter -> go(0));
        words.setWidth("28em");
        Button find = new Button(getTranslation("search.button"), click -> go(0));
        find.setId("search-button");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(words, find);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);

        types.setId("search-types");
        types.setLabel(getTranslation("search.types"));
        types.setItems(SearchType.values());
        types.setItemLabelGenerator(type -> perType.containsKey(type)
                ? getTranslation("search.type-count", getTranslation("search.type." + type.name()), perType.get(type))
                : getTranslation("search.type." + type.name()));
        types.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                go(0);
            }
        });
        region.setId("search-region");
        region.setLabel(getTranslation("search.region"));
        region.setPlaceholder(getTranslation("search.all-regions"));
        region.setItems(regions);
        region.setItemLabelGenerator(RegionSummary::name);
        region.setClearButtonVisible(true);
        region.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                go(0);
            }
        });

        summary.setId("search-summary");
        summary.getElement().setAttribute("role", "status");
        results.setId("search-results");
        results.addClassName("search-results");
        previous.setText(getTranslation("search.previous"));
        previous.setId("search-previous");
        previous.addClickListener(click -> go(page - 1));
        next.setText(getTranslation("search.next"));
        next.setId("search-next");
        next.addClickListener(click -> go(page + 1));
        HorizontalLayout paging = new HorizontalLayout(previous, next);

        add(bar, new HorizontalLayout(region, types), summary, results, paging);
    }

    /** Shows the search in the address, which shows the results (see {@link #beforeEnter}). */
    private void go(int toPage) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put(WORDS, List.of(words.getValue()));
        if (!types.getValue().isEmpty() && types.getValue().size() < SearchType.values().length) {
            parameters.put(
                    TYPE,
                    types.getValue().stream()
                            .sorted()
                            .map(t -> t.name().toLowerCase(Locale.ROOT))
                            .toList());
        }
        if (region.getValue() != null) {
            parameters.put(REGION, List.of(region.getValue().code()));
        }
        if (toPage > 0) {
            parameters.put(PAGE, List.of(String.valueOf(toPage + 1)));
        }
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, new QueryParameters(parameters)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        words.setValue(first(parameters, WORDS));
        Set<SearchType> chosen = EnumSet.noneOf(SearchType.class);
        for (String name : parameters.getOrDefault(TYPE, List.of())) {
            for (SearchType type : SearchType.values()) {
                if (type.name().equalsIgnoreCase(name)) {
                    chosen.add(type);
                }
            }
        }
        String code = first(parameters, REGION);
        region.setValue(
                regions.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null));
        try {
            page = Math.max(0, Integer.parseInt(first(parameters, PAGE)) - 1);
        } catch (NumberFormatException notANumber) {
            page = 0;
        }
        page = Math.min(page, SearchService.OFFSET_MAX / PAGE_SIZE);
        show(
                search.search(
                        words.getValue(),
                        chosen,
                        region.getValue() == null ? null : region.getValue().id(),
                        page * PAGE_SIZE,
                        PAGE_SIZE),
                chosen);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst().orElse("");
    }

    private void show(SearchResults found, Set<SearchType> chosen) {
        perType = found.perType();
        types.getDataProvider().refreshAll();
        types.setValue(chosen);
        results.removeAll();
        SearchQuery query = found.query();
        List<String> lines = new ArrayList<>();
        if (query.isEmpty()) {
            lines.add(getTranslation(
                    query.ignored().isEmpty() ? "search.empty" : "search.too-short", SearchQuery.MIN_WORD_LENGTH));
        } else if (found.total() == 0) {
            lines.add(getTranslation("search.none", String.join(" ", query.words())));
        } else {
            lines.add(getTranslation(
                    "search.summary",
                    found.offset() + 1,
                    found.offset() + found.results().size(),
                    found.total(),
                    String.join(" ", query.words())));
        }
        if (!query.isEmpty() && !query.ignored().isEmpty()) {
            lines.add(getTranslation(
                    "search.ignored",
                    String.join(", ", query.ignored()),
                    SearchQuery.MIN_WORD_LENGTH,
                    SearchQuery.MAX_WORDS));
        }
        summary.setText(String.join(" ", lines));
        found.results().forEach(result -> results.add(result(result)));
        previous.setEnabled(found.offset() > 0);
        next.setEnabled(found.offset() + found.results().size() < found.total()
                && found.offset() + PAGE_SIZE <= SearchService.OFFSET_MAX);
    }

    private Component result(SearchResult result) {
        Anchor title = new Anchor(destinations.path(result.hit().destination()));
        title.addClassName("search-result-title");
        marked(title.getElement(), result.title());
        String where = result.hit().regionName() == null
                ? getTranslation("search.national")
                : result.hit().regionName();
        Span meta = new Span(getTranslation("search.type." + result.hit().type().name()) + " · " + where + " · "
                + DutchFormats.dateTime(result.hit().when()));
        meta.addClassName("search-result-meta");
        Paragraph fragment = new Paragraph();
        fragment.addClassName("search-result-fragment");
        marked(fragment.getElement(), result.fragment());
        Div item = new Div(title, meta, fragment);
        item.addClassName("search-result");
        return item;
    }

    /** The fragment as text nodes, matches inside {@code <mark>}: nothing typed is ever read as markup. */
    static void marked(Element parent, Fragment fragment) {
        for (Fragment.Part part : fragment.parts()) {
            if (part.match()) {
                parent.appendChild(new Element("mark").setText(part.text()));
            } else {
                parent.appendChild(new Text(part.text()).getElement());
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " | " + getTranslation("app.name");
    }
}

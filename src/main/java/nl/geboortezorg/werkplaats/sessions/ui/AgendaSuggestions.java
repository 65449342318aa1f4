package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.sessions.AgendaSuggestion;
import org.jspecify.annotations.Nullable;

/**
 * In the planning dialog of a regional session: what the register proposes for its agenda (open
 * actions of the region's earlier sessions, its open bottlenecks, and other regions' bottlenecks it
 * has not recognised yet), each added as an agenda item with one press. Hidden for a national
 * session.
 */
final class AgendaSuggestions extends Details {

    /** Adds an agenda item with this title, about this bottleneck (or none). */
    interface Add {
        void add(String title, @Nullable Long bottleneckId);
    }

    private final Function<Long, List<AgendaSuggestion>> source;
    private final Add add;
    private final Div content = new Div();

    AgendaSuggestions(Function<Long, List<AgendaSuggestion>> source, Add add) {
        this.source = source;
        this.add = add;
        setId("agenda-suggestions");
        add(content);
        setVisible(false);
    }

    /**
     * Shows the suggestions for the region, leaving out the bottlenecks already on the agenda;
     * hides itself for a national session.
     */
    void showFor(@Nullable Long regionId, Set<Long> bottlenecksOnAgenda) {
        content.removeAll();
        if (regionId == null) {
            setVisible(false);
            return;
        }
        List<AgendaSuggestion> suggestions = source.apply(regionId).stream()
                .filter(s -> s.bottleneckId() == null || !bottlenecksOnAgenda.contains(s.bottleneckId()))
                .toList();
        setSummaryText(getTranslation("session.suggestions.summary", suggestions.size()));
        setVisible(true);
        if (suggestions.isEmpty()) {
            content.add(new Span(getTranslation("session.suggestions.none")));
            return;
        }
        for (AgendaSuggestion.Kind kind : AgendaSuggestion.Kind.values()) {
            List<AgendaSuggestion> ofKind =
                    suggestions.stream().filter(s -> s.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("agenda-suggestion-list");
            list.addClassName(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            ofKind.forEach(suggestion -> list.add(line(suggestion)));
            content.add(new H4(getTranslation("session.suggestions." + kind.name())), list);
        }
    }

    private ListItem line(AgendaSuggestion suggestion) {
        Span what = new Span(suggestion.title());
        what.addClassName("agenda-suggestion-title");
        Span detail = new Span(" · " + detail(suggestion));
        detail.addClassName("agenda-suggestion-detail");
        Button take = new Button(getTranslation("session.suggestions.add"));
        take.setAriaLabel(getTranslation("session.suggestions.add-label", suggestion.title()));
        take.addClassName("take-suggestion");
        take.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        take.addClickListener(click -> {
            add.add(suggestion.title(), suggestion.bottleneckId());
            take.setEnabled(false);
            take.setText(getTranslation("session.suggestions.added"));
            take.setAriaLabel(getTranslation("session.suggestions.added-label", suggestion.title()));
        });
        ListItem item = new ListItem(what, detail, take);
        item.addClassName("agenda-suggestion");
        return item;
    }

    private String detail(AgendaSuggestion suggestion) {
        return switch (suggestion.kind()) {
            case OPEN_ACTION ->
                getTranslation(
                        "session.suggestions.action-detail",
                        suggestion.who(),
                        suggestion.dueDate() == null ? "" : DutchFormats.date(suggestion.dueDate()));
            case OWN_BOTTLENECK -> getTranslation("session.suggestions.own-detail", suggestion.recognitions());
            case OTHER_REGION_BOTTLENECK ->
                getTranslation("session.suggestions.other-detail", suggestion.who(), suggestion.recognitions());
        };
    }
}

package nl.geboortezorg.werkplaats.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.search.SearchType;
import nl.geboortezorg.werkplaats.search.SearchWords;
import nl.geboortezorg.werkplaats.security.ui.LoginView;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SearchViewTest extends ViewTest {

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    RegionService regions;

    private BottleneckFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
    }

    private static List<Div> results() {
        return _find(Div.class, spec -> spec.withClasses("search-result"));
    }

    private static List<String> marked(Element element) {
        return element.getChildren()
                .filter(child -> !child.isTextNode() && "mark".equals(child.getTag()))
                .map(Element::getText)
                .toList();
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withId("search-summary")).getText();
    }

    @Test
    void the_search_box_in_the_layout_opens_the_results_with_the_words_marked() {
        String word = SearchWords.unique("zoekscherm");
        Bottleneck raised = fixture.raisedInDenHaag("Taalbarrière bij " + word);
        SignIn.as(users, DemoUsers.UTRECHT);
        bottlenecks.comment(raised.id(), "Ook bij ons een taalbarriere voor " + word + ", met <b>tolken</b>.");

        openAs(DemoUsers.UTRECHT, "");
        SearchBox box = _get(SearchBox.class);
        _setValue(box, "  TAALBARRIERE " + word + " ");
        box.search();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .startsWith("zoeken?q=");
        assertThat(summary()).isEqualTo("Resultaat 1–2 van 2 voor „taalbarriere " + word + "”, nieuwste eerst.");
        List<Div> found = results();
        assertThat(found).hasSize(2);
        Anchor comment = _get(found.getFirst(), Anchor.class);
        assertThat(comment.getHref()).isEqualTo("knelpunten/" + raised.id());
        Element fragment = found.getFirst().getElement().getChild(2);
        assertThat(fragment.getTextRecursively())
                .isEqualTo("Ook bij ons een taalbarriere voor " + word + ", met <b>tolken</b>.");
        assertThat(marked(fragment)).containsExactly("taalbarriere", word);
        assertThat(fragment.getChildren().filter(child -> !child.isTextNode()).map(Element::getTag))
                .containsOnly("mark");
        assertThat(marked(_get(found.get(1), Anchor.class).getElement())).containsExactly("Taalbarrière", word);
        assertThat(found.get(1).getElement().getChild(1).getText())
                .startsWith("Knelpunten en agendapunten · Den Haag · ");
    }

    @Test
    void filters_by_type_and_region_keep_the_words_and_show_counts_per_type() {
        String word = SearchWords.unique("zoekscherm");
        Bottleneck raised = fixture.raisedInDenHaag("Wachtlijst " + word);
        bottlenecks.comment(raised.id(), "Reactie over " + word);
        SignIn.as(users, DemoUsers.UTRECHT);
        bottlenecks.raise(fixture.utrecht, BottleneckFixture.draft("Utrechtse wachtlijst " + word));

        openAs(DemoUsers.FACILITATOR, "zoeken?q=" + word);
        assertThat(results()).hasSize(3);
        @SuppressWarnings("unchecked")
        CheckboxGroup<SearchType> types = _get(CheckboxGroup.class, spec -> spec.withId("search-types"));
        assertThat(types.getItemLabelGenerator().apply(SearchType.BOTTLENECK))
                .isEqualTo("Knelpunten en agendapunten (2)");
        assertThat(types.getItemLabelGenerator().apply(SearchType.COMMENT)).isEqualTo("Reacties (1)");

        _setValue(types, Set.of(SearchType.COMMENT));
        assertThat(results()).hasSize(1);
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .containsEntry("soort", List.of("comment"))
                .containsEntry("q", List.of(word));

        _setValue(types, Set.of());
        SearchView view = _get(SearchView.class);
        _setValue(
                view.region,
                regions.regions().stream()
                        .filter(r -> r.code().equals("utrecht"))
                        .findFirst()
                        .orElseThrow());
        assertThat(results()).hasSize(1);
        assertThat(_get(results().getFirst(), Anchor.class).getElement().getTextRecursively())
                .isEqualTo("Utrechtse wachtlijst " + word);
    }

    @Test
    void results_come_in_pages_of_twenty() {
        String word = SearchWords.unique("zoekscherm");
        for (int i = 0; i < 23; i++) {
            fixture.raisedInDenHaag("Knelpunt " + i + " " + word);
        }
        openAs(DemoUsers.DEN_HAAG, "zoeken?q=" + word);
        Button previous = _get(Button.class, spec -> spec.withId("search-previous"));
        Button next = _get(Button.class, spec -> spec.withId("search-next"));
        assertThat(results()).hasSize(20);
        assertThat(previous.isEnabled()).isFalse();

        _click(next);
        assertThat(results()).hasSize(3);
        assertThat(summary()).startsWith("Resultaat 21–23 van 23");
        assertThat(next.isEnabled()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("search-previous")).isEnabled())
                .isTrue();
    }

    @Test
    void short_words_and_operators_are_explained_instead_of_searched() {
        openAs(DemoUsers.OBSERVER, "zoeken?q=%2B%2B%20de%20%22%22%20en");
        assertThat(summary()).isEqualTo("Typ woorden van minstens 3 letters: kortere woorden worden niet gezocht.");
        assertThat(results()).isEmpty();

        String word = SearchWords.unique("zoekscherm");
        fixture.raisedInDenHaag("Zorgpad " + word);
        openAs(DemoUsers.OBSERVER, "zoeken?q=de%20" + word + "%20op&pagina=abc");
        assertThat(results()).hasSize(1);
        assertThat(summary())
                .endsWith("Niet gezocht op: de, op (woorden korter dan 3 letters, of meer dan 8 woorden).");
    }

    @Test
    void an_anonymous_visitor_is_sent_to_sign_in() {
        openAnonymously();
        navigate("zoeken?q=knelpunt");
        assertThat(_find(SearchView.class)).isEmpty();
        _get(LoginView.class);
    }
}

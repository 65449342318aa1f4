package nl.geboortezorg.werkplaats.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How typed text becomes words, and how a result's fragment is cut and marked. */
class SearchQueryTest {

    private static SearchQuery query(String text) {
        return SearchQuery.of(text, Set.of(), null);
    }

    @Test
    void typed_text_becomes_lower_case_words_required_as_prefixes() {
        SearchQuery query = query("Kraamzorg  GGD-regio's");
        assertThat(query.words()).containsExactly("kraamzorg", "ggd", "regio");
        assertThat(query.ignored()).containsExactly("s");
        assertThat(query.booleanMode()).isEqualTo("+kraamzorg* +ggd +regio*");
    }

    @Test
    void operators_quotes_and_sql_never_reach_the_expression() {
        for (String typed : List.of(
                "\"zorg pad\"",
                "+zorg -pad",
                "zorg* pad~",
                "(zorg) <pad> @3",
                "zorg'; -- pad",
                "zorg\" in boolean mode) or (\"pad",
                "zorg\u0000pad",
                "\u202Ezorg\u202C pad")) {
            SearchQuery query = query(typed);
            assertThat(query.booleanMode()).as(typed).matches("(\\+[\\p{L}\\p{N}]+\\*? ?)+");
            assertThat(query.words()).as(typed).contains("zorg", "pad");
        }
    }

    @Test
    void short_words_repeated_words_and_words_past_the_maximum_are_left_out() {
        SearchQuery query = query("de zorg zorg en een twee drie vier vijf zes zeven acht negen tien");
        assertThat(query.words()).containsExactly("zorg", "een", "twee", "drie", "vier", "vijf", "zes", "zeven");
        assertThat(query.ignored()).containsExactly("de", "en", "acht", "negen", "tien");
        assertThat(query("x".repeat(500)).words()).containsExactly("x".repeat(SearchQuery.MAX_WORD_LENGTH));
        assertThat(query("   ").isEmpty()).isTrue();
        assertThat(query(null).isEmpty()).isTrue();
    }

    @Test
    void accented_letters_typed_in_either_unicode_form_are_one_word() {
        assertThat(query("coo\u0308rdinatie").words()).containsExactly("coördinatie");
        assertThat(query("Zoë").words()).containsExactly("zoë");
    }

    @Test
    void no_type_chosen_means_every_type() {
        assertThat(query("zorg").types()).containsExactlyInAnyOrder(SearchType.values());
        assertThat(SearchQuery.of("zorg", Set.of(SearchType.COMMENT), 3L).includes(SearchType.BOTTLENECK))
                .isFalse();
    }

    private static String rendered(Fragment fragment) {
        StringBuilder text = new StringBuilder();
        fragment.parts().forEach(part -> text.append(part.match() ? "[" + part.text() + "]" : part.text()));
        return text.toString();
    }

    @Test
    void the_fragment_marks_whole_words_that_start_with_a_searched_word_regardless_of_case_and_accents() {
        Fragment fragment =
                Fragment.whole("De Coördinator en de coordinatie; zorgcoördinator niet.", List.of("coordinat"));
        assertThat(rendered(fragment)).isEqualTo("De [Coördinator] en de [coordinatie]; zorgcoördinator niet.");
        assertThat(rendered(Fragment.whole("GGD-regio en GGDs", List.of("ggd"))))
                .isEqualTo("[GGD]-regio en GGDs");
    }

    @Test
    void the_fragment_starts_a_little_before_the_first_match_and_is_cut_at_spaces() {
        String text = "Inleiding. ".repeat(30) + "Hier staat het knelpunt over tolken. " + "Slot. ".repeat(60);
        Fragment fragment = Fragment.around(text, List.of("tolk"), 120);
        String shown = rendered(fragment);
        assertThat(shown).startsWith("… Inleiding.").contains("[tolken]").endsWith(" …");
        assertThat(shown.length()).isLessThanOrEqualTo(120 + 6);
        assertThat(rendered(Fragment.around("Kort.", List.of("niets"), 120))).isEqualTo("Kort.");
        assertThat(rendered(Fragment.around(null, List.of("niets"), 120))).isEmpty();
    }

    @Test
    void markdown_markers_are_left_out_of_the_fragment_but_typed_markup_stays_text() {
        Fragment fragment =
                Fragment.whole("## Besluit\n> **Tolken** inzetten bij <b>intake</b>\n`code`", List.of("tolk"));
        assertThat(rendered(fragment)).isEqualTo("Besluit [Tolken] inzetten bij <b>intake</b> code");
    }
}

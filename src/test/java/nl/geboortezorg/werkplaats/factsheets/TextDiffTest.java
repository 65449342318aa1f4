package nl.geboortezorg.werkplaats.factsheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.geboortezorg.werkplaats.factsheets.TextDiff.Kind;
import nl.geboortezorg.werkplaats.factsheets.TextDiff.Segment;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    private static String rebuilt(List<Segment> segments, Kind left) {
        StringBuilder text = new StringBuilder();
        segments.stream().filter(s -> s.kind() == Kind.SAME || s.kind() == left).forEach(s -> text.append(s.text()));
        return text.toString();
    }

    @Test
    void words_added_and_removed_are_marked_and_both_texts_can_be_rebuilt() {
        String before = "Wij werken met een vaste verloskundige, de huisarts en JGZ.";
        String after = "Wij werken met twee vaste verloskundigen, de huisarts en JGZ in de wijk.";

        List<Segment> diff = TextDiff.between(before, after);

        assertThat(rebuilt(diff, Kind.REMOVED)).isEqualTo(before);
        assertThat(rebuilt(diff, Kind.ADDED)).isEqualTo(after);
        assertThat(diff)
                .contains(
                        new Segment(Kind.REMOVED, "een"),
                        new Segment(Kind.ADDED, "twee"),
                        new Segment(Kind.ADDED, " in de wijk"));
        assertThat(TextDiff.changed(before, after)).isTrue();
    }

    @Test
    void equal_texts_are_one_kept_run_and_empty_ones_nothing() {
        assertThat(TextDiff.between("Gelijk gebleven.", " Gelijk gebleven.\n"))
                .containsExactly(new Segment(Kind.SAME, "Gelijk gebleven."));
        assertThat(TextDiff.changed(null, "  ")).isFalse();
        assertThat(TextDiff.between(null, null)).isEmpty();
        assertThat(TextDiff.between(null, "Nieuw")).containsExactly(new Segment(Kind.ADDED, "Nieuw"));
    }

    @Test
    void texts_too_long_to_compare_word_by_word_are_replaced_whole() {
        String before = "a ".repeat(2_100);
        String after = "b ".repeat(2_100);

        assertThat(TextDiff.between(before, after)).extracting(Segment::kind).containsExactly(Kind.REMOVED, Kind.ADDED);
    }
}

package nl.geboortezorg.werkplaats.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What to search for: the words of what was typed, the types and the region to search in.
 * Whatever is typed becomes plain words: quotes, operators and SQL have no meaning here, and
 * every word must occur (as the start of a word) in a result.
 *
 * @param words the words searched for, lower case, at most {@link #MAX_WORDS}
 * @param ignored what was typed but is not searched: words shorter than {@link #MIN_WORD_LENGTH}
 *        letters and words past the maximum
 * @param types the types to list; all when empty
 * @param regionId the region to search in, or null for all
 */
public record SearchQuery(
        List<String> words,
        List<String> ignored,
        Set<SearchType> types,
        @Nullable Long regionId) {

    /** MariaDB's full-text index leaves out shorter words (innodb_ft_min_token_size). */
    public static final int MIN_WORD_LENGTH = 3;
    /** Longer words are cut to the longest word the index holds (innodb_ft_max_token_size). */
    public static final int MAX_WORD_LENGTH = 84;

    public static final int MAX_WORDS = 8;
    /** Words this long or longer also find the words they begin. */
    public static final int PREFIX_LENGTH = 4;

    public SearchQuery {
        words = List.copyOf(words);
        ignored = List.copyOf(ignored);
        types = types.isEmpty() ? EnumSet.allOf(SearchType.class) : Set.copyOf(EnumSet.copyOf(types));
    }

    /** The words of the typed text: runs of letters and digits, in any script. */
    public static SearchQuery of(String text, Set<SearchType> types, @Nullable Long regionId) {
        Set<String> words = new LinkedHashSet<>();
        List<String> ignored = new ArrayList<>();
        for (String word : split(text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC))) {
            if (word.codePointCount(0, word.length()) < MIN_WORD_LENGTH || words.size() == MAX_WORDS) {
                if (!ignored.contains(word)) {
                    ignored.add(word);
                }
            } else {
                words.add(word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word);
            }
        }
        return new SearchQuery(new ArrayList<>(words), ignored, types, regionId);
    }

    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Nothing to search for. */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * The words as a MariaDB boolean-mode full-text expression: each word required, as the start
     * of a word ({@code +zorg* +kraam*}) from {@link #PREFIX_LENGTH} letters, whole below that
     * ({@code +ggd}): a three-letter start such as "ver" would stand for thousands of Dutch words
     * and make the index read them all. Only letters and digits reach it, so no operator can slip
     * in; it is passed as a bound value.
     */
    public String booleanMode() {
        return words.stream()
                .map(word -> "+" + word + (word.codePointCount(0, word.length()) >= PREFIX_LENGTH ? "*" : ""))
                .collect(Collectors.joining(" "));
    }

    public boolean includes(SearchType type) {
        return types.contains(type);
    }
}

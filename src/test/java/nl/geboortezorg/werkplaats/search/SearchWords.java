package nl.geboortezorg.werkplaats.search;

import java.util.concurrent.ThreadLocalRandom;

/** Words for search tests that no other test writes. */
public final class SearchWords {

    private SearchWords() {}

    /** The start followed by eight random letters: letters only, so the full-text index keeps it as one word. */
    public static String unique(String start) {
        StringBuilder word = new StringBuilder(start);
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(letter -> word.append((char) letter));
        return word.toString();
    }
}

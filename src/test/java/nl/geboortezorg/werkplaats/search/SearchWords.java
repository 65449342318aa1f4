package nl.geboortezorg.werkplaats.search;

import java.util.UUID;

/** Words for search tests that no other test writes. */
public final class SearchWords {

    private SearchWords() {
    }

    /** The start followed by six random letters: letters only, so the full-text index keeps it as one word. */
    public static String unique(String start) {
        return start + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
    }
}

package nl.geboortezorg.werkplaats.search;

/** A found item with its title and the piece of its text that matched, the words marked. */
public record SearchResult(SearchHit hit, Fragment title, Fragment fragment) {}

package nl.geboortezorg.werkplaats.common;

/**
 * Where destinations are: the user interface knows, and answers outside a request too, for the
 * links in e-mails.
 */
public interface Destinations {

    /** The page's address relative to the platform's base address, such as {@code knelpunten/12}. */
    String path(Destination destination);
}

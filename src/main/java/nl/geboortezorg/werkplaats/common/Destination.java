package nl.geboortezorg.werkplaats.common;

import org.jspecify.annotations.Nullable;

/**
 * A page of the platform as services and records name it: what it shows, never its address.
 * Activities, notifications, search results and e-mails say with one of these where an item is
 * seen; the user interface maps each to its view (in one switch, which does not compile until a
 * new kind is mapped), so routes are renamed in one place and stored data holds no paths.
 */
public sealed interface Destination {

    /** The overview everyone lands on after signing in. */
    record Home() implements Destination {}

    /** A working session's page, which also shows its agenda, notes, decisions and actions. */
    record Session(long id) implements Destination {}

    record Bottleneck(long id) implements Destination {}

    record Factsheet(long id) implements Destination {}

    /** A cost-benefit analysis. */
    record Analysis(long id) implements Destination {}

    /**
     * A region's document library, narrowed to the documents matching the words when there are
     * any: a document has no page of its own, it is listed and downloaded there.
     */
    record Documents(String regionCode, @Nullable String words) implements Destination {}

    /** The public knowledge base, open without signing in. */
    record KnowledgeBase() implements Destination {}

    /** The signed-in user's own page: language, e-mail digest, password. */
    record Profile() implements Destination {}

    /** Where someone who forgot their password asks for a link to choose a new one. */
    record ForgotPassword() implements Destination {}

    /** Where a person chooses their password through the single-use link of an invitation or reset. */
    record ChoosePassword(String token) implements Destination {}

    /** Where following the link sent to a new e-mail address makes it the account's address. */
    record ConfirmEmail(String token) implements Destination {}
}

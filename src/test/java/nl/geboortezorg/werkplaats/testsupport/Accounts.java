package nl.geboortezorg.werkplaats.testsupport;

import java.util.Objects;
import nl.geboortezorg.werkplaats.users.AccountLinkService;
import nl.geboortezorg.werkplaats.users.CreatedUser;
import nl.geboortezorg.werkplaats.users.SentLink;
import nl.geboortezorg.werkplaats.users.UserDraft;
import nl.geboortezorg.werkplaats.users.UserService;

/**
 * New accounts for tests, made as people get them: created (by whoever is signed in), and the
 * password chosen through the invitation link, which the tests' application shows instead of
 * mailing it (it has no mail server).
 */
public final class Accounts {

    private Accounts() {}

    /** The token at the end of a link to pass on. */
    public static String token(SentLink sent) {
        String link = Objects.requireNonNull(sent.linkToPassOn(), "a link that was not mailed");
        return token(link);
    }

    /** The token at the end of a link ({@code .../wachtwoord-instellen/<token>}). */
    public static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /**
     * Creates the user (as the user manager signed in) and chooses their password through the
     * invitation link; answers the account as it is then.
     */
    public static CreatedUser withPassword(
            UserService users, AccountLinkService links, UserDraft draft, String password) {
        CreatedUser created = users.create(draft);
        links.choosePassword(token(created.invitation()), password, password);
        return new CreatedUser(users.get(created.account().id()), created.invitation());
    }
}

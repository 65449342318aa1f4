package nl.geboortezorg.werkplaats.notifications;

import java.util.Optional;
import java.util.regex.Pattern;
import nl.geboortezorg.werkplaats.notifications.internal.MailPreferenceRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose calendar feed an address is, for the feed itself, which answers without sign-in: the token
 * is the credential. An unknown or revoked token, or one of a deactivated user, belongs to nobody.
 */
@Component
public class CalendarFeeds {

    /** Shorter or longer than the tokens we make, or with other characters: never ours. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final MailPreferenceRepository feeds;

    CalendarFeeds(MailPreferenceRepository feeds) {
        this.feeds = feeds;
    }

    @Transactional(readOnly = true)
    public Optional<Long> ownerOf(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return feeds.feedOwner(CalendarFeedService.hash(token));
    }
}

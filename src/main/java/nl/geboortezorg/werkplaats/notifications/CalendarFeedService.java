package nl.geboortezorg.werkplaats.notifications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.mail.Mailer;
import nl.geboortezorg.werkplaats.notifications.internal.MailPreferenceRepository;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's secret calendar feed address, for subscribing in Outlook or Google: a random token of
 * 256 bits, of which only the SHA-256 hash is kept, so the address is shown once, when it is made.
 * Making a new one revokes the old one.
 */
@Service
public class CalendarFeedService {

    /** The feed's path, before the token and ".ics"; the feed's controller answers it. */
    public static final String PATH = "/agenda/";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MailPreferenceRepository feeds;
    private final AccessGuard access;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final Clock clock;

    CalendarFeedService(
            MailPreferenceRepository feeds, AccessGuard access, AuditTrail audit, Mailer mailer, Clock clock) {
        this.feeds = feeds;
        this.access = access;
        this.audit = audit;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** When the signed-in user's current feed address was made, if they have one. */
    @Transactional(readOnly = true)
    public Optional<Instant> myFeedSince() {
        return feeds.feedCreatedAt(access.signedIn().id());
    }

    /** Makes a new feed address for the signed-in user, revoking the old one; answers the address. */
    @Transactional
    public String newFeedAddress() {
        Actor me = access.signedIn();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feeds.replaceFeed(me.id(), hash(token), clock.instant());
        audit.record("user", me.id(), "calendar-feed", Map.of("action", "new"));
        return mailer.link(PATH + token + ".ics");
    }

    /** Stops the signed-in user's feed address without making a new one. */
    @Transactional
    public void revokeMyFeed() {
        Actor me = access.signedIn();
        feeds.removeFeed(me.id());
        audit.record("user", me.id(), "calendar-feed", Map.of("action", "revoke"));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

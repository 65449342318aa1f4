package nl.geboortezorg.werkplaats.notifications;

import java.util.Collection;
import java.util.List;
import nl.geboortezorg.werkplaats.notifications.internal.MailPreferenceRepository;
import org.springframework.stereotype.Component;

/**
 * Whom to mail, for the platform's own messages (sent after a change, or by a scheduled job, with
 * nobody signed in): the active users among those concerned who have not switched the kind off.
 * Runs inside the caller's transaction.
 */
@Component
public class MailRecipients {

    private final MailPreferenceRepository preferences;

    MailRecipients(MailPreferenceRepository preferences) {
        this.preferences = preferences;
    }

    public List<MailRecipient> receiving(Collection<Long> userIds, MailKind kind) {
        return preferences.receiving(userIds, kind);
    }
}

package nl.geboortezorg.werkplaats.notifications;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.notifications.internal.MailPreferenceRepository;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's choice of which kinds of e-mail they receive (all, until they switch one off). */
@Service
public class MailPreferenceService {

    private final MailPreferenceRepository preferences;
    private final AccessGuard access;
    private final AuditTrail audit;

    MailPreferenceService(MailPreferenceRepository preferences, AccessGuard access, AuditTrail audit) {
        this.preferences = preferences;
        this.access = access;
        this.audit = audit;
    }

    /** The kinds of mail the signed-in user receives. */
    @Transactional(readOnly = true)
    public Set<MailKind> myMail() {
        Set<MailKind> received = EnumSet.allOf(MailKind.class);
        received.removeAll(preferences.optedOut(access.signedIn().id()));
        return received;
    }

    @Transactional
    public void changeMyMail(MailKind kind, boolean receive) {
        Actor me = access.signedIn();
        Objects.requireNonNull(kind, "kind");
        preferences.receive(me.id(), kind, receive);
        audit.record("user", me.id(), "mail-preference", Map.of("kind", kind.name(), "receive", receive));
    }
}

package nl.geboortezorg.werkplaats.drafts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.drafts.internal.DraftRepository;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what someone is typing in a form as their private draft, so that a sleeping laptop, a
 * closed tab or a restarted server loses at most the last second of it. A draft belongs to the
 * signed-in writer alone: every method acts on the caller's own drafts only, so nobody can read or
 * remove another's. Drafts are not searched, not shown to anyone else, not audited (they are
 * not yet anything) and not checked for personal data: that check runs when the form is saved for
 * real. They go when the form is saved, when the writer discards them, or after the retention
 * period ({@code DraftCleanup}).
 */
@Service
public class DraftService {

    /** Far above any form field's own limit: only a misuse of the background save reaches it. */
    public static final int MAX_FIELD_LENGTH = 200_000;

    public static final int MAX_FIELDS = 30;
    static final int MY_DRAFTS_MAX = 50;
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,59}");

    private final DraftRepository drafts;
    private final AccessGuard access;
    private final Clock clock;

    DraftService(DraftRepository drafts, AccessGuard access, Clock clock) {
        this.drafts = drafts;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Keeps the text of the form's fields as the caller's draft, an emptied field included; a form
     * with nothing typed in any field has no draft. Returns when it was kept.
     */
    @Transactional
    public Instant keep(DraftKey key, Map<String, String> fields) {
        long writer = access.signedIn().id();
        if (fields.size() > MAX_FIELDS) {
            throw new ValidationException(FieldProblem.of("draft", "draft.too-many-fields", MAX_FIELDS));
        }
        boolean anything = false;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (!FIELD_NAME.matcher(field.getKey()).matches()) {
                throw new IllegalArgumentException("Not a field name: " + field.getKey());
            }
            String text = field.getValue();
            if (text.length() > MAX_FIELD_LENGTH) {
                throw new ValidationException(FieldProblem.of(field.getKey(), "validation.too-long", MAX_FIELD_LENGTH));
            }
            anything |= !text.isBlank();
        }
        Map<String, String> kept = anything ? fields : Map.of();
        Instant now = clock.instant();
        drafts.replace(writer, key, kept, now);
        return now;
    }

    /** The caller's draft of this form, if they left one. */
    @Transactional(readOnly = true)
    public Optional<Draft> mine(DraftKey key) {
        return drafts.find(access.signedIn().id(), key);
    }

    /** The drafts the caller left, the latest kept first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<DraftSummary> myDrafts(int limit) {
        return drafts.summaries(access.signedIn().id(), Math.clamp(limit, 0, MY_DRAFTS_MAX));
    }

    /** Removes the caller's draft of this form (after saving it for real, or on request). */
    @Transactional
    public void discard(DraftKey key) {
        drafts.delete(access.signedIn().id(), key);
    }
}

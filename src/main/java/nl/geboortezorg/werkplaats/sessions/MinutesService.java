package nl.geboortezorg.werkplaats.sessions;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.FieldChecks;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.common.Texts;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.sessions.internal.MinutesRepository;
import nl.geboortezorg.werkplaats.sessions.internal.SessionOutcomeRepository;
import nl.geboortezorg.werkplaats.sessions.internal.WorkSessionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of closed sessions. Attendees may propose a correction of an agenda item's notes
 * for a number of days after closing ({@code wsg.minutes.correction-days}, default 7); a
 * facilitator accepts it (the notes change and the minutes get a new version) or rejects it.
 */
@Service
public class MinutesService {

    static final int PENDING_MAX = 50;

    static final String CORRECTION = "minutes-correction";

    private final MinutesRepository minutes;
    private final WorkSessionRepository sessions;
    private final SessionOutcomeRepository outcomes;
    private final AccessGuard access;
    private final AuditTrail audit;
    private final Clock clock;
    private final NotesEvents events;
    private final int correctionDays;

    MinutesService(
            MinutesRepository minutes,
            WorkSessionRepository sessions,
            SessionOutcomeRepository outcomes,
            AccessGuard access,
            AuditTrail audit,
            Clock clock,
            NotesEvents events,
            @Value("${wsg.minutes.correction-days:7}") int correctionDays) {
        this.minutes = minutes;
        this.sessions = sessions;
        this.outcomes = outcomes;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.correctionDays = correctionDays;
    }

    /**
     * The minutes of a closed session the signed-in user may see. Observers see the accepted
     * history only, not corrections still under review.
     */
    @Transactional(readOnly = true)
    public Optional<Minutes> minutes(long sessionId) {
        Actor actor = access.signedIn();
        Optional<WorkSession> found =
                sessions.findVisible(actor, sessionId).filter(session -> session.state() == SessionState.CLOSED);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WorkSession session = found.get();
        Minutes.Closing closing = minutes.closing(sessionId).orElseThrow();
        List<MinutesCorrection> corrections = minutes.corrections(sessionId).stream()
                .filter(c -> actor.role() != Role.OBSERVER || c.status() == CorrectionStatus.ACCEPTED)
                .toList();
        SessionOutcomes sessionOutcomes = new SessionOutcomes(
                outcomes.decisions(sessionId), outcomes.actionsOfSession(sessionId), List.of(), false, false);
        Instant until = correctionsUntil(closing);
        return Optional.of(new Minutes(
                session,
                closing,
                minutes.attendees(sessionId),
                sessionOutcomes,
                corrections,
                until,
                mayPropose(actor, sessionId) && !now().isAfter(until),
                decides(actor)));
    }

    /**
     * The minutes of the closed sessions the signed-in user may see that had the bottleneck on
     * their agenda, the earliest first; {@link AgendaItem#bottleneckId()} marks the items about it.
     */
    @Transactional(readOnly = true)
    public List<Minutes> minutesAbout(long bottleneckId) {
        access.signedIn();
        return sessions.sessionsAbout(bottleneckId).stream()
                .map(this::minutes)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The corrections waiting for a decision, the longest waiting first, at most {@code limit}: for those who decide. */
    @Transactional(readOnly = true)
    public List<PendingCorrection> pendingCorrections(int limit) {
        access.requireRole(Role.ADMIN, Role.FACILITATOR);
        return minutes.pending(Math.clamp(limit, 0, PENDING_MAX));
    }

    @Transactional(readOnly = true)
    public int countPendingCorrections() {
        access.requireRole(Role.ADMIN, Role.FACILITATOR);
        return minutes.countPending();
    }

    @Transactional
    public MinutesCorrection proposeCorrection(long agendaItemId, String text, String reason) {
        Actor actor = access.signedIn();
        long sessionId = sessions.sessionOfAgendaItem(agendaItemId)
                .orElseThrow(() -> new NotFoundException("agenda-item", agendaItemId));
        WorkSessionSummary session = sessions.findSummaryById(sessionId).orElseThrow();
        SessionAccess.requireOpen(actor, session);
        if (!mayPropose(actor, sessionId)) {
            throw new AccessDeniedException("Only attendees and facilitators correct the minutes of " + sessionId);
        }
        if (session.state() != SessionState.CLOSED) {
            throw new ValidationException(FieldProblem.of("state", "minutes.not-closed"));
        }
        Instant until = correctionsUntil(minutes.closing(sessionId).orElseThrow());
        if (now().isAfter(until)) {
            throw new ValidationException(FieldProblem.of("text", "minutes.correction-period-over", until));
        }
        String value = text == null ? "" : text.strip();
        String why = Texts.clean(reason);
        FieldChecks checks = new FieldChecks()
                .text("reason", why, MinutesCorrection.REASON_MAX)
                .noCitizenNumber("text", value);
        if (value.getBytes(StandardCharsets.UTF_8).length > AgendaNotes.MAX_KILOBYTES * 1024) {
            checks.add(FieldProblem.of("text", "session.notes.too-large", AgendaNotes.MAX_KILOBYTES));
        }
        AgendaNotes against = sessions.notes(agendaItemId).orElseThrow();
        if (!checks.hasProblem("text") && value.equals(against.text().strip())) {
            checks.add(FieldProblem.of("text", "minutes.correction-unchanged"));
        }
        checks.throwIfAny();
        long id = minutes.insertCorrection(
                sessionId,
                agendaItemId,
                against.version(),
                value,
                Objects.requireNonNull(why, "checked above"),
                actor.id(),
                clock.instant());
        audit.record(
                CORRECTION, id, "propose", Map.of("sessionId", sessionId, "agendaItemId", agendaItemId, "reason", why));
        events.publishChangeAfterCommit(sessionId);
        return minutes.findCorrection(id).orElseThrow();
    }

    /**
     * Accepts a pending correction: the item's notes become the proposed text, in a new minutes
     * version. When the notes changed since the correction was proposed (another correction was
     * accepted in between), nothing changes and a {@link CorrectionConflictException} carries both
     * texts: the decider compares them and rejects this one, and its proposer may propose anew.
     */
    @Transactional
    public MinutesCorrection acceptCorrection(long correctionId, int version, @Nullable String note) {
        Actor actor = requireDecider();
        MinutesCorrection correction = pending(correctionId, version);
        long sessionId = minutes.sessionOfCorrection(correctionId).orElseThrow();
        requireOpen(actor, sessionId);
        String why = Texts.clean(note);
        new FieldChecks().maxLength("note", why, MinutesCorrection.REASON_MAX).throwIfAny();
        AgendaNotes current = sessions.notes(correction.agendaItemId()).orElseThrow();
        if (correction.notesVersion() != null && correction.notesVersion() != current.version()) {
            throw new CorrectionConflictException(correction, current.text());
        }
        int minutesVersion = minutes.nextMinutesVersion(sessionId);
        sessions.saveNotes(
                correction.agendaItemId(), current.version(), correction.proposedText(), actor.id(), clock.instant());
        minutes.decide(
                correctionId,
                version,
                CorrectionStatus.ACCEPTED,
                actor.id(),
                clock.instant(),
                why,
                current.text(),
                minutesVersion);
        audit.record(
                CORRECTION, correctionId, "accept", Map.of("sessionId", sessionId, "minutesVersion", minutesVersion));
        events.publishChangeAfterCommit(sessionId);
        return minutes.findCorrection(correctionId).orElseThrow();
    }

    /** Rejects a pending correction; the reason is required, so the proposer knows why. */
    @Transactional
    public MinutesCorrection rejectCorrection(long correctionId, int version, String note) {
        Actor actor = requireDecider();
        pending(correctionId, version);
        long sessionId = minutes.sessionOfCorrection(correctionId).orElseThrow();
        requireOpen(actor, sessionId);
        String why = Texts.clean(note);
        new FieldChecks().text("note", why, MinutesCorrection.REASON_MAX).throwIfAny();
        minutes.decide(correctionId, version, CorrectionStatus.REJECTED, actor.id(), clock.instant(), why, null, null);
        audit.record(CORRECTION, correctionId, "reject", Map.of("sessionId", sessionId, "note", why));
        events.publishChangeAfterCommit(sessionId);
        return minutes.findCorrection(correctionId).orElseThrow();
    }

    /** The correction, if still pending; refused before anything is written when the version is stale. */
    private MinutesCorrection pending(long correctionId, int version) {
        MinutesCorrection correction =
                minutes.findCorrection(correctionId).orElseThrow(() -> new NotFoundException(CORRECTION, correctionId));
        if (correction.status() != CorrectionStatus.PENDING) {
            throw new ValidationException(FieldProblem.of("status", "minutes.correction-already-decided"));
        }
        if (correction.version() != version) {
            throw new ConcurrentEditException(CORRECTION, correctionId);
        }
        return correction;
    }

    /** The minutes of an archived region's session are final: no correction is proposed or decided. */
    private void requireOpen(Actor actor, long sessionId) {
        SessionAccess.requireOpen(actor, sessions.findSummaryById(sessionId).orElseThrow());
    }

    private Actor requireDecider() {
        return access.requireRole(Role.ADMIN, Role.FACILITATOR);
    }

    private static boolean decides(Actor actor) {
        return actor.hasRole(Role.ADMIN, Role.FACILITATOR);
    }

    /** Recorded attendees (never observers, who write nothing) and facilitators. */
    private boolean mayPropose(Actor actor, long sessionId) {
        return decides(actor) || actor.role() == Role.PROFESSIONAL && minutes.isAttendee(sessionId, actor.id());
    }

    private Instant correctionsUntil(Minutes.Closing closing) {
        return closing.closedAt().plus(Duration.ofDays(correctionDays));
    }

    private Instant now() {
        return clock.instant();
    }
}

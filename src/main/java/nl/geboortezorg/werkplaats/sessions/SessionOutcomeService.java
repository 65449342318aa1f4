package nl.geboortezorg.werkplaats.sessions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.FieldChecks;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.common.Texts;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.notifications.Activities;
import nl.geboortezorg.werkplaats.notifications.ActivityKind;
import nl.geboortezorg.werkplaats.notifications.ActivityRecord;
import nl.geboortezorg.werkplaats.notifications.Audience;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.sessions.internal.SessionOutcomeRepository;
import nl.geboortezorg.werkplaats.sessions.internal.WorkSessionRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions and action items. Attendees record them on an agenda item while the session runs;
 * actions live on after it: their owner (or anyone taking part in the session) marks them done or
 * dropped, and open ones come back at the next session of the same scope.
 */
@Service
public class SessionOutcomeService {

    static final String ACTION = "session-action";
    static final int CARRIED_FORWARD_MAX = 200;

    private final SessionOutcomeRepository outcomes;
    private final WorkSessionRepository sessions;
    private final SessionAccess participants;
    private final AccessGuard access;
    private final AuditTrail audit;
    private final Clock clock;
    private final NotesEvents events;
    private final Activities activities;

    SessionOutcomeService(
            SessionOutcomeRepository outcomes,
            WorkSessionRepository sessions,
            SessionAccess participants,
            AccessGuard access,
            AuditTrail audit,
            Clock clock,
            NotesEvents events,
            Activities activities) {
        this.activities = activities;
        this.outcomes = outcomes;
        this.sessions = sessions;
        this.participants = participants;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** The session's decisions and actions, if the signed-in user may see the session. */
    @Transactional(readOnly = true)
    public Optional<SessionOutcomes> outcomes(long sessionId) {
        Actor actor = access.signedIn();
        return sessions.findVisibleSummary(actor, sessionId).map(session -> {
            boolean takesPart = participants.takesPart(actor, session);
            return new SessionOutcomes(
                    outcomes.decisions(sessionId),
                    outcomes.actionsOfSession(sessionId),
                    actor.role() == Role.OBSERVER ? List.of() : outcomes.carriedForward(session, CARRIED_FORWARD_MAX),
                    takesPart && session.state() == SessionState.IN_PROGRESS,
                    takesPart);
        });
    }

    /** Who may own an action in this session and for which organisations; for those taking part. */
    @Transactional(readOnly = true)
    public OwnerChoices ownerChoices(long sessionId) {
        Actor actor = access.signedIn();
        WorkSessionSummary session = sessions.findSummaryById(sessionId)
                .orElseThrow(() -> new NotFoundException(WorkSessionService.SESSION, sessionId));
        requireTakesPart(actor, session);
        return outcomes.ownerChoices(session.regionId());
    }

    @Transactional
    public Decision recordDecision(long agendaItemId, String description) {
        Actor actor = access.signedIn();
        WorkSessionSummary session = runningSessionOf(actor, agendaItemId);
        String text = Texts.clean(description);
        new FieldChecks().text("description", text, Decision.DESCRIPTION_MAX).throwIfAny();
        long id = outcomes.insertDecision(
                agendaItemId, Objects.requireNonNull(text, "checked above"), actor.id(), clock.instant());
        audit.record(
                "session-decision",
                id,
                "create",
                Map.of("sessionId", session.id(), "agendaItemId", agendaItemId, "description", text));
        events.publishChangeAfterCommit(session.id());
        return outcomes.decisions(session.id()).stream()
                .filter(decision -> decision.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public ActionItem recordAction(long agendaItemId, ActionDraft draft) {
        Actor actor = access.signedIn();
        WorkSessionSummary session = runningSessionOf(actor, agendaItemId);
        String text = Texts.clean(draft.description());
        FieldChecks checks = new FieldChecks()
                .text("description", text, ActionDraft.DESCRIPTION_MAX)
                .required("ownerId", draft.ownerId())
                .required("organisationId", draft.organisationId())
                .required("dueDate", draft.dueDate());
        if (draft.ownerId() != null && !outcomes.isEligibleOwner(draft.ownerId(), session.regionId())) {
            checks.add(FieldProblem.of("ownerId", "action-item.owner-not-eligible"));
        }
        if (draft.organisationId() != null
                && !outcomes.isEligibleOrganisation(draft.organisationId(), session.regionId())) {
            checks.add(FieldProblem.of("organisationId", "action-item.organisation-not-eligible"));
        }
        LocalDate sessionDate = DutchTime.date(session.startsAt());
        if (draft.dueDate() != null && draft.dueDate().isBefore(sessionDate)) {
            checks.add(FieldProblem.of("dueDate", "action-item.due-before-session", sessionDate));
        }
        checks.throwIfAny();
        ActionDraft clean = new ActionDraft(
                Objects.requireNonNull(text, "checked above"),
                draft.ownerId(),
                draft.organisationId(),
                draft.dueDate());
        long id = outcomes.insertAction(agendaItemId, clean, actor.id(), clock.instant());
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("sessionId", session.id());
        change.put("agendaItemId", agendaItemId);
        change.put("description", text);
        change.put("ownerId", clean.ownerId());
        change.put("organisationId", clean.organisationId());
        change.put("dueDate", clean.dueDate().toString());
        audit.record(ACTION, id, "create", change);
        events.publishChangeAfterCommit(session.id());
        // The action lives in the session, so it is read where the session is and leads there.
        activities.record(
                actor,
                ActivityRecord.ofAction(
                                ActivityKind.ACTION_ASSIGNED,
                                id,
                                session.id(),
                                session.regionId(),
                                session.national() ? Audience.MEMBERS : Audience.REGION,
                                text)
                        .to(Set.of(clean.ownerId()))
                        .followedBy(Set.of(clean.ownerId())));
        return outcomes.findAction(id).orElseThrow();
    }

    /**
     * Marks an action done, dropped or open again. Its owner may, and everyone who takes part in
     * its session, also after the session closed; observers never.
     */
    @Transactional
    public ActionItem setActionStatus(long actionId, int version, ActionStatus status) {
        Actor actor = access.signedIn();
        ActionItem action = outcomes.findAction(actionId).orElseThrow(() -> new NotFoundException(ACTION, actionId));
        WorkSessionSummary session =
                sessions.findSummaryById(action.sessionId()).orElseThrow();
        // the owner's own path is no way around an archived region: its actions are closed to everyone
        SessionAccess.requireOpen(actor, session);
        boolean owner = action.ownerId() == actor.id() && actor.role() != Role.OBSERVER;
        if (!owner && !participants.takesPart(actor, session)) {
            throw new AccessDeniedException("May not change action " + actionId);
        }
        if (status == null) {
            throw new ValidationException(FieldProblem.of("status", "validation.required"));
        }
        outcomes.setActionStatus(actionId, version, status, actor.id(), clock.instant());
        audit.record(ACTION, actionId, "status", Map.of("from", action.status().name(), "to", status.name()));
        events.publishChangeAfterCommit(session.id());
        return outcomes.findAction(actionId).orElseThrow();
    }

    /** The signed-in user's open actions across sessions, earliest due date (so overdue) first. */
    @Transactional(readOnly = true)
    public List<ActionItem> myOpenActions(int offset, int limit) {
        return outcomes.openActionsOf(access.signedIn().id(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countMyOpenActions() {
        return outcomes.countOpenActionsOf(access.signedIn().id());
    }

    /** Overdue open actions per region (and of national sessions), most first: numbers only, for everyone signed in. */
    @Transactional(readOnly = true)
    public List<OverdueActions> overdueActionsPerRegion() {
        access.signedIn();
        return outcomes.overduePerRegion(LocalDate.now(clock.withZone(DutchTime.ZONE)));
    }

    private WorkSessionSummary runningSessionOf(Actor actor, long agendaItemId) {
        long sessionId = sessions.sessionOfAgendaItem(agendaItemId)
                .orElseThrow(() -> new NotFoundException("agenda-item", agendaItemId));
        WorkSessionSummary session = sessions.findSummaryById(sessionId).orElseThrow();
        requireTakesPart(actor, session);
        if (session.state() != SessionState.IN_PROGRESS) {
            throw new ValidationException(FieldProblem.of("state", "action-item.session-not-in-progress"));
        }
        return session;
    }

    private void requireTakesPart(Actor actor, WorkSessionSummary session) {
        participants.requireTakesPart(actor, session);
    }
}

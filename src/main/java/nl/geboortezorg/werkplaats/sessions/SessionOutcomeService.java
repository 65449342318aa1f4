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
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
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
 * dropped, and open ones come back at the next session of the same scope. Those taking part
 * correct a decision or an action by editing it; each keeps its earlier versions.
 */
@Service
public class SessionOutcomeService {

    static final String ACTION = "session-action";
    static final String DECISION = "session-decision";
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
                DECISION,
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
        ActionDraft clean = checked(draft, session);
        long id = outcomes.insertAction(agendaItemId, clean, actor.id(), clock.instant());
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("sessionId", session.id());
        change.put("agendaItemId", agendaItemId);
        change.put("description", clean.description());
        change.put("ownerId", clean.ownerId());
        change.put("organisationId", clean.organisationId());
        change.put("dueDate", clean.dueDate().toString());
        audit.record(ACTION, id, "create", change);
        events.publishChangeAfterCommit(session.id());
        tellOwner(actor, id, session, clean);
        return outcomes.findAction(id).orElseThrow();
    }

    /**
     * Changes the text of a decision, for whoever takes part in its session (also after it
     * closed, so that a mistake in the minutes' decisions can be put right). The text it replaces
     * is kept as an earlier version with who changed it and when.
     */
    @Transactional
    public Decision updateDecision(long decisionId, int version, String description) {
        Actor actor = access.signedIn();
        Decision current =
                outcomes.findDecision(decisionId).orElseThrow(() -> new NotFoundException(DECISION, decisionId));
        WorkSessionSummary session = sessions.findSummaryById(
                        outcomes.sessionOfDecision(decisionId).orElseThrow())
                .orElseThrow();
        requireTakesPart(actor, session);
        if (current.version() != version) {
            throw new ConcurrentEditException(DECISION, decisionId);
        }
        String text = Texts.clean(description);
        new FieldChecks().text("description", text, Decision.DESCRIPTION_MAX).throwIfAny();
        String value = Objects.requireNonNull(text, "checked above");
        if (value.equals(current.description())) {
            return current;
        }
        outcomes.updateDecision(decisionId, version, current, value, actor.id(), clock.instant());
        audit.record(
                DECISION,
                decisionId,
                "update",
                Map.of("sessionId", session.id(), "from", current.description(), "to", value));
        events.publishChangeAfterCommit(session.id());
        return outcomes.findDecision(decisionId).orElseThrow();
    }

    /**
     * Changes what an action says, who owns it for which organisation and by when, for whoever
     * takes part in its session (also after it closed: actions live on). The values it replaces
     * are kept as an earlier version; a new owner is told the action is theirs now.
     */
    @Transactional
    public ActionItem updateAction(long actionId, int version, ActionDraft draft) {
        Actor actor = access.signedIn();
        ActionItem current = outcomes.findAction(actionId).orElseThrow(() -> new NotFoundException(ACTION, actionId));
        WorkSessionSummary session =
                sessions.findSummaryById(current.sessionId()).orElseThrow();
        requireTakesPart(actor, session);
        if (current.version() != version) {
            throw new ConcurrentEditException(ACTION, actionId);
        }
        if (draft == null) {
            throw new ValidationException(FieldProblem.of("description", "validation.required"));
        }
        ActionDraft clean = checked(draft, session);
        long ownerId = Objects.requireNonNull(clean.ownerId(), "checked");
        long organisationId = Objects.requireNonNull(clean.organisationId(), "checked");
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("sessionId", session.id());
        if (!clean.description().equals(current.description())) {
            change.put("description", Map.of("from", current.description(), "to", clean.description()));
        }
        if (ownerId != current.ownerId()) {
            change.put("ownerId", Map.of("from", current.ownerId(), "to", ownerId));
        }
        if (organisationId != current.organisationId()) {
            change.put("organisationId", Map.of("from", current.organisationId(), "to", organisationId));
        }
        if (!clean.dueDate().equals(current.dueDate())) {
            change.put(
                    "dueDate",
                    Map.of(
                            "from",
                            current.dueDate().toString(),
                            "to",
                            clean.dueDate().toString()));
        }
        if (change.size() == 1) {
            return current;
        }
        outcomes.updateAction(actionId, version, current, clean, actor.id(), clock.instant());
        audit.record(ACTION, actionId, "update", change);
        events.publishChangeAfterCommit(session.id());
        if (ownerId != current.ownerId()) {
            tellOwner(actor, actionId, session, clean);
        }
        return outcomes.findAction(actionId).orElseThrow();
    }

    /** The action as typed, checked against the session: an owner and organisation of its scope, due from its day. */
    private ActionDraft checked(ActionDraft draft, WorkSessionSummary session) {
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
        return new ActionDraft(
                Objects.requireNonNull(text, "checked above"),
                draft.ownerId(),
                draft.organisationId(),
                draft.dueDate());
    }

    /** Tells the owner the action is theirs, where they work and by mail as they chose; they follow it from now on. */
    private void tellOwner(Actor actor, long actionId, WorkSessionSummary session, ActionDraft action) {
        long ownerId = Objects.requireNonNull(action.ownerId(), "checked");
        // The action lives in the session, so it is read where the session is and leads there.
        activities.record(
                actor,
                ActivityRecord.ofAction(
                                ActivityKind.ACTION_ASSIGNED,
                                actionId,
                                session.id(),
                                session.regionId(),
                                session.national() ? Audience.MEMBERS : Audience.REGION,
                                action.description())
                        .to(Set.of(ownerId))
                        .followedBy(Set.of(ownerId)));
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

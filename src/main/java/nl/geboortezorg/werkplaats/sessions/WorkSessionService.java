package nl.geboortezorg.werkplaats.sessions;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.FieldChecks;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.common.Texts;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.notifications.Activities;
import nl.geboortezorg.werkplaats.notifications.ActivityKind;
import nl.geboortezorg.werkplaats.notifications.ActivityRecord;
import nl.geboortezorg.werkplaats.notifications.Audience;
import nl.geboortezorg.werkplaats.notifications.ItemType;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.sessions.internal.MinutesRepository;
import nl.geboortezorg.werkplaats.sessions.internal.SessionOutcomeRepository;
import nl.geboortezorg.werkplaats.sessions.internal.WorkSessionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working sessions: facilitators plan, start and close them; members of the region (every
 * professional, for a national session) see them; observers see closed national sessions only.
 */
@Service
public class WorkSessionService {

    static final int MY_INVITATIONS_MAX = 50;

    static final String SESSION = "work-session";

    /** The most suggestions of one kind a planner is offered. */
    public static final int SUGGESTIONS_MAX = 50;

    private final WorkSessionRepository sessions;
    private final AccessGuard access;
    private final AuditTrail audit;
    private final Clock clock;
    private final NotesEvents events;
    private final SessionAccess participants;
    private final MinutesRepository minutes;
    private final Activities activities;
    private final SessionMails mails;
    private final SessionOutcomeRepository outcomes;
    private final List<AgendaSuggestionSource> suggestionSources;

    WorkSessionService(
            WorkSessionRepository sessions,
            AccessGuard access,
            AuditTrail audit,
            Clock clock,
            NotesEvents events,
            SessionAccess participants,
            MinutesRepository minutes,
            Activities activities,
            SessionMails mails,
            SessionOutcomeRepository outcomes,
            List<AgendaSuggestionSource> suggestionSources) {
        this.mails = mails;
        this.outcomes = outcomes;
        this.suggestionSources = List.copyOf(suggestionSources);
        this.minutes = minutes;
        this.activities = activities;
        this.participants = participants;
        this.sessions = sessions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<WorkSessionSummary> find(SessionPeriod period, int offset, int limit) {
        return sessions.find(access.signedIn(), period, clock.instant(), offset, limit);
    }

    /**
     * A region's sessions and the national ones for its workspace, at most {@code limit}: what the
     * signed-in user may see of them, in the order of {@link #find}. Someone who may not see the
     * region's sessions gets the national ones they may see.
     */
    @Transactional(readOnly = true)
    public List<WorkSessionSummary> findForRegion(long regionId, SessionPeriod period, int limit) {
        return sessions.findForRegion(access.signedIn(), regionId, period, clock.instant(), limit);
    }

    /** The next sessions the signed-in user is invited to, the earliest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<WorkSessionSummary> myInvitations(int limit) {
        return sessions.findInvited(access.signedIn(), clock.instant(), Math.clamp(limit, 0, MY_INVITATIONS_MAX));
    }

    @Transactional(readOnly = true)
    public int count(SessionPeriod period) {
        return sessions.count(access.signedIn(), period, clock.instant());
    }

    /** Whether the signed-in user may plan, start and close sessions. */
    @Transactional(readOnly = true)
    public boolean mayPlan() {
        return access.signedIn().hasRole(Role.ADMIN, Role.FACILITATOR);
    }

    /**
     * What a planner may put on the agenda of a session of the region: the actions still open from
     * its earlier sessions (the earliest due first), then what the other features propose (the
     * region's open bottlenecks and those of other regions it has not recognised yet), at most
     * {@code limit} of each kind.
     */
    @Transactional(readOnly = true)
    public List<AgendaSuggestion> agendaSuggestions(long regionId, int limit) {
        access.requireRole(Role.ADMIN, Role.FACILITATOR);
        if (!sessions.regionExists(regionId)) {
            throw new NotFoundException("region", regionId);
        }
        int each = Math.clamp(limit, 0, SUGGESTIONS_MAX);
        List<AgendaSuggestion> suggestions = new ArrayList<>();
        for (ActionItem action : outcomes.openActionsInRegion(regionId, each)) {
            suggestions.add(new AgendaSuggestion(
                    AgendaSuggestion.Kind.OPEN_ACTION,
                    action.description(),
                    action.ownerName(),
                    action.dueDate(),
                    0,
                    null));
        }
        suggestionSources.forEach(source -> suggestions.addAll(source.suggestionsFor(regionId, each)));
        return suggestions;
    }

    /** The session, if it exists and the signed-in user may see it. */
    @Transactional(readOnly = true)
    public Optional<WorkSession> get(long sessionId) {
        return sessions.findVisible(access.signedIn(), sessionId);
    }

    @Transactional
    public WorkSession create(WorkSessionDraft draft) {
        Actor actor = access.requireRole(Role.ADMIN, Role.FACILITATOR);
        requireOpenRegion(draft.regionId());
        WorkSessionDraft clean = validate(draft);
        long id = sessions.insert(clean, actor.id());
        sessions.replaceAgenda(id, clean.agenda());
        sessions.replaceInvitees(id, clean.inviteeIds());
        audit.record(SESSION, id, "create", describe(clean));
        WorkSession created = sessions.findById(id).orElseThrow();
        activities.record(
                actor,
                activity(ActivityKind.SESSION_INVITED, created)
                        .to(clean.inviteeIds())
                        .followedBy(clean.inviteeIds()));
        mails.send(SessionMails.Reason.INVITED, entry(created), clean.inviteeIds());
        return created;
    }

    /** Changes the plan of a session that has not started yet. */
    @Transactional
    public WorkSession update(long sessionId, int version, WorkSessionDraft draft) {
        Actor actor = access.requireRole(Role.ADMIN, Role.FACILITATOR);
        WorkSession current = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException(SESSION, sessionId));
        if (current.state() != SessionState.PLANNED) {
            throw new ValidationException(FieldProblem.of("state", "session.only-planned-editable"));
        }
        requireOpenRegion(current.regionId());
        requireOpenRegion(draft.regionId());
        WorkSessionDraft clean = validate(draft);
        sessions.update(sessionId, version, clean);
        sessions.replaceAgenda(sessionId, clean.agenda());
        sessions.replaceInvitees(sessionId, clean.inviteeIds());
        Map<String, Object> change = describe(clean);
        if (!Objects.equals(current.startsAt(), clean.startsAt())
                || !Objects.equals(current.endsAt(), clean.endsAt())) {
            // a reschedule: the trail says from when to when it moved, not only where it is now
            change.put("previousStartsAt", String.valueOf(current.startsAt()));
            change.put("previousEndsAt", String.valueOf(current.endsAt()));
        }
        audit.record(SESSION, sessionId, "update", change);
        events.publishChangeAfterCommit(sessionId);
        WorkSession updated = sessions.findById(sessionId).orElseThrow();
        Set<Long> newlyInvited = new HashSet<>(clean.inviteeIds());
        current.invitees().forEach(invitee -> newlyInvited.remove(invitee.userId()));
        if (!newlyInvited.isEmpty()) {
            activities.record(
                    actor,
                    activity(ActivityKind.SESSION_INVITED, updated)
                            .to(newlyInvited)
                            .followedBy(newlyInvited));
        }
        Set<Long> stillInvited = new HashSet<>(clean.inviteeIds());
        stillInvited.removeAll(newlyInvited);
        Set<Long> uninvited = new HashSet<>();
        current.invitees().forEach(invitee -> uninvited.add(invitee.userId()));
        uninvited.removeAll(clean.inviteeIds());
        if (movedOrRelocated(current, clean)) {
            sessions.raiseCalendarSequence(sessionId);
            mails.send(SessionMails.Reason.CHANGED, entry(updated), stillInvited);
        }
        SessionCalendar.Entry now = entry(updated);
        mails.send(SessionMails.Reason.INVITED, now, newlyInvited);
        mails.send(SessionMails.Reason.UNINVITED, now, uninvited);
        return updated;
    }

    /**
     * Cancels a planned session: it stays visible, marked cancelled, and its invitees get the
     * cancellation of their calendar invitation.
     */
    @Transactional
    public WorkSession cancel(long sessionId, int version) {
        Actor actor = access.requireRole(Role.ADMIN, Role.FACILITATOR);
        WorkSession current = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException(SESSION, sessionId));
        requireOpenRegion(current.regionId());
        if (current.state() != SessionState.PLANNED) {
            throw new ValidationException(FieldProblem.of(
                    "state", "session.transition-refused", current.state().name(), SessionState.CANCELLED.name()));
        }
        sessions.cancel(sessionId, version, actor.id(), clock.instant());
        audit.record(SESSION, sessionId, "cancel", Map.of("state", SessionState.CANCELLED.name()));
        events.publishChangeAfterCommit(sessionId);
        WorkSession cancelled = sessions.findById(sessionId).orElseThrow();
        mails.send(
                SessionMails.Reason.CANCELLED,
                entry(cancelled),
                cancelled.invitees().stream().map(Invitee::userId).toList());
        return cancelled;
    }

    @Transactional
    public WorkSession start(long sessionId, int version) {
        return move(sessionId, version, SessionState.PLANNED, SessionState.IN_PROGRESS, "start");
    }

    /**
     * Closes a running session: its notes lock, the attendance is recorded and its minutes are
     * published to whoever may see the session (the region, or everyone for a national one).
     */
    @Transactional
    public WorkSession close(long sessionId, int version, Set<Long> attendeeIds) {
        Set<Long> attendees = attendeeIds == null ? Set.of() : Set.copyOf(attendeeIds);
        if (sessions.activeUsers(attendees) != attendees.size()) {
            access.requireRole(Role.ADMIN, Role.FACILITATOR);
            throw new ValidationException(FieldProblem.of("attendeeIds", "session.unknown-attendee"));
        }
        WorkSession closed = move(sessionId, version, SessionState.IN_PROGRESS, SessionState.CLOSED, "close");
        minutes.recordAttendance(sessionId, attendees);
        minutes.markClosed(sessionId, access.signedIn().id(), clock.instant());
        audit.record(SESSION, sessionId, "attendance", Map.of("attendeeIds", new TreeSet<>(attendees)));
        Set<Long> concerned = new HashSet<>(attendees);
        closed.invitees().forEach(invitee -> concerned.add(invitee.userId()));
        activities.record(
                access.signedIn(),
                activity(ActivityKind.SESSION_MINUTES, closed).to(concerned));
        mails.send(SessionMails.Reason.MINUTES, entry(closed), concerned);
        return closed;
    }

    /**
     * An activity of the session, for whoever may see it: the region, or for a national session
     * every professional, and once it is closed the observers too (they read national minutes).
     */
    private static ActivityRecord activity(ActivityKind kind, WorkSession session) {
        Audience audience = session.regionId() != null
                ? Audience.REGION
                : session.state() == SessionState.CLOSED ? Audience.EVERYONE : Audience.MEMBERS;
        return ActivityRecord.of(kind, ItemType.SESSION, session.id(), session.regionId(), audience, session.title());
    }

    /** Whether the signed-in user may write notes in this session now. */
    @Transactional(readOnly = true)
    public boolean mayWriteNotes(long sessionId) {
        Actor actor = access.signedIn();
        return sessions.findVisibleSummary(actor, sessionId)
                .filter(session -> session.state() == SessionState.IN_PROGRESS)
                .filter(session -> participants.takesPart(actor, session))
                .isPresent();
    }

    /**
     * Saves the notes of an agenda item while the session runs. When someone else saved since the
     * given version, nothing is saved and their version comes back in a {@link NotesConflictException}.
     */
    @Transactional
    public AgendaNotes saveNotes(long agendaItemId, int version, String text) {
        Actor actor = access.signedIn();
        long sessionId = sessions.sessionOfAgendaItem(agendaItemId)
                .orElseThrow(() -> new NotFoundException("agenda-item", agendaItemId));
        // Autosave runs every few seconds per writer: the summary is enough, not the whole agenda.
        WorkSessionSummary session = sessions.findSummaryById(sessionId).orElseThrow();
        participants.requireTakesPart(actor, session);
        if (session.state() != SessionState.IN_PROGRESS) {
            throw new ValidationException(FieldProblem.of("notes", "session.notes.not-in-progress"));
        }
        String value = text == null ? "" : text;
        if (value.getBytes(StandardCharsets.UTF_8).length > AgendaNotes.MAX_KILOBYTES * 1024) {
            throw new ValidationException(
                    FieldProblem.of("notes", "session.notes.too-large", AgendaNotes.MAX_KILOBYTES));
        }
        new FieldChecks().noCitizenNumber("notes", value).throwIfAny();
        sessions.saveNotes(agendaItemId, version, value, actor.id(), clock.instant());
        AgendaNotes saved = sessions.notes(agendaItemId).orElseThrow();
        audit.record(
                "agenda-notes",
                agendaItemId,
                "update",
                Map.of("sessionId", sessionId, "version", saved.version(), "characters", value.length()));
        events.publishAfterCommit(saved);
        return saved;
    }

    private WorkSession move(long sessionId, int version, SessionState from, SessionState to, String action) {
        access.requireRole(Role.ADMIN, Role.FACILITATOR);
        WorkSession current = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException(SESSION, sessionId));
        requireOpenRegion(current.regionId());
        if (current.state() != from) {
            throw new ValidationException(FieldProblem.of(
                    "state", "session.transition-refused", current.state().name(), to.name()));
        }
        sessions.setState(sessionId, version, to);
        audit.record(SESSION, sessionId, action, Map.of("state", to.name()));
        events.publishChangeAfterCommit(sessionId);
        return sessions.findById(sessionId).orElseThrow();
    }

    /**
     * A regional session is planned, started, cancelled and closed only while its region is not
     * archived; a national one always.
     */
    private void requireOpenRegion(@Nullable Long regionId) {
        if (regionId != null) {
            access.requireWriteIn(regionId);
        }
    }

    private static boolean movedOrRelocated(WorkSession current, WorkSessionDraft changed) {
        return !Objects.equals(current.startsAt(), changed.startsAt())
                || !Objects.equals(current.endsAt(), changed.endsAt())
                || !Objects.equals(current.location(), changed.location())
                || !Objects.equals(current.onlineLink(), changed.onlineLink());
    }

    /** The session as its invitation shows it, with its current calendar sequence. */
    private SessionCalendar.Entry entry(WorkSession session) {
        return new SessionCalendar.Entry(
                session.id(),
                session.title(),
                session.startsAt(),
                session.endsAt(),
                session.location(),
                session.onlineLink(),
                sessions.calendarSequence(session.id()),
                session.state() == SessionState.CANCELLED);
    }

    private WorkSessionDraft validate(WorkSessionDraft draft) {
        String title = Texts.clean(draft.title());
        String location = Texts.clean(draft.location());
        String link = Texts.clean(draft.onlineLink());
        FieldChecks checks = new FieldChecks()
                .text("title", title, WorkSessionDraft.TITLE_MAX)
                .required("startsAt", draft.startsAt())
                .required("endsAt", draft.endsAt())
                .maxLength("location", location, WorkSessionDraft.LOCATION_MAX)
                .maxLength("onlineLink", link, WorkSessionDraft.LINK_MAX);
        if (draft.startsAt() != null && draft.startsAt().isBefore(clock.instant())) {
            checks.add(FieldProblem.of("startsAt", "session.in-the-past"));
        }
        if (draft.startsAt() != null
                && draft.endsAt() != null
                && !draft.endsAt().isAfter(draft.startsAt())) {
            checks.add(FieldProblem.of("endsAt", "session.ends-before-start"));
        }
        if (link != null && !checks.hasProblem("onlineLink") && !isWebAddress(link)) {
            checks.add(FieldProblem.of("onlineLink", "validation.web-address"));
        }
        if (draft.regionId() != null && !sessions.regionExists(draft.regionId())) {
            checks.add(FieldProblem.of("regionId", "validation.unknown-region"));
        }
        List<AgendaItemDraft> agenda = new ArrayList<>();
        Set<Long> owners = new HashSet<>();
        Set<Long> about = new HashSet<>();
        for (int i = 0; i < draft.agenda().size(); i++) {
            AgendaItemDraft item = draft.agenda().get(i);
            String itemTitle = Texts.clean(item.title());
            int number = i + 1;
            if (itemTitle == null) {
                checks.add(FieldProblem.of("agenda", "session.agenda.title-required", number));
            } else if (itemTitle.length() > AgendaItemDraft.TITLE_MAX) {
                checks.add(
                        FieldProblem.of("agenda", "session.agenda.title-too-long", number, AgendaItemDraft.TITLE_MAX));
            }
            if (item.durationMinutes() == null
                    || item.durationMinutes() < 1
                    || item.durationMinutes() > AgendaItemDraft.DURATION_MAX) {
                checks.add(FieldProblem.of("agenda", "session.agenda.duration", number, AgendaItemDraft.DURATION_MAX));
            }
            if (item.ownerId() != null) {
                owners.add(item.ownerId());
            }
            if (item.bottleneckId() != null) {
                about.add(item.bottleneckId());
            }
            agenda.add(new AgendaItemDraft(itemTitle, item.durationMinutes(), item.ownerId(), item.bottleneckId()));
        }
        if (sessions.existingBottlenecks(about) != about.size()) {
            checks.add(FieldProblem.of("agenda", "session.agenda.unknown-bottleneck"));
        }
        if (sessions.activeUsers(owners) != owners.size()) {
            checks.add(FieldProblem.of("agenda", "session.agenda.unknown-owner"));
        }
        if (sessions.activeUsers(draft.inviteeIds()) != draft.inviteeIds().size()) {
            checks.add(FieldProblem.of("inviteeIds", "session.unknown-invitee"));
        }
        checks.throwIfAny();
        return new WorkSessionDraft(
                draft.regionId(),
                Objects.requireNonNull(title, "checked above"),
                draft.startsAt(),
                draft.endsAt(),
                location,
                link,
                agenda,
                draft.inviteeIds());
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Map<String, Object> describe(WorkSessionDraft draft) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("regionId", draft.regionId());
        change.put("title", draft.title());
        change.put("startsAt", String.valueOf(draft.startsAt()));
        change.put("endsAt", String.valueOf(draft.endsAt()));
        change.put("agenda", draft.agenda().stream().map(AgendaItemDraft::title).toList());
        change.put("inviteeIds", new TreeSet<>(draft.inviteeIds()));
        return change;
    }
}

package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.AgendaFields;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.AgendaUpdated;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.FollowUp;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.MergedIn;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.MergedInto;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.Promoted;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.Response;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.Stamp;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.StatusChanged;
import nl.geboortezorg.werkplaats.bottlenecks.internal.BottleneckRepository;
import nl.geboortezorg.werkplaats.bottlenecks.internal.CommentRepository;
import nl.geboortezorg.werkplaats.bottlenecks.internal.RecognitionRepository;
import nl.geboortezorg.werkplaats.bottlenecks.internal.TimelineRepository;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.FieldChecks;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.Texts;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national agenda: facilitators (and admins) review bottlenecks, merge duplicates, promote
 * them with an addressee and a next step, keep them in priority order and follow them up. Every
 * step is a dated, attributed entry on the bottleneck's timeline. Everyone signed in reads the
 * agenda, observers included.
 *
 * <p>These steps are national work, not the raising region's: they go on for a bottleneck whose
 * region has since been archived, since what the agenda asks of a ministry does not end with the
 * region's workspace (the region itself no longer edits, recognises or comments on it).
 */
@Service
public class NationalAgendaService {

    private final BottleneckRepository bottlenecks;
    private final RecognitionRepository recognitions;
    private final TimelineRepository timeline;
    private final CommentRepository comments;
    private final BottleneckSteps steps;
    private final AccessGuard access;
    private final AuditTrail audit;
    private final Clock clock;

    NationalAgendaService(
            BottleneckRepository bottlenecks,
            RecognitionRepository recognitions,
            TimelineRepository timeline,
            CommentRepository comments,
            BottleneckSteps steps,
            AccessGuard access,
            AuditTrail audit,
            Clock clock) {
        this.bottlenecks = bottlenecks;
        this.recognitions = recognitions;
        this.timeline = timeline;
        this.comments = comments;
        this.steps = steps;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the signed-in user moderates bottlenecks and keeps the agenda. */
    @Transactional(readOnly = true)
    public boolean mayModerate() {
        return access.currentActor().map(Actor::moderates).orElse(false);
    }

    /** The facilitators who may own an agenda item on the track's side. */
    @Transactional(readOnly = true)
    public List<TrackOwner> trackOwners() {
        access.requireModerator();
        return bottlenecks.trackOwners();
    }

    // ---- reading

    /** The agenda in priority order, with the regions recognising each item and its last step. */
    @Transactional(readOnly = true)
    public List<AgendaEntry> agenda() {
        access.signedIn();
        var rows = bottlenecks.agenda();
        List<Long> ids = rows.stream().map(BottleneckRepository.AgendaRow::id).toList();
        Map<Long, List<Recognition>> recognised = recognitions.ofAll(ids);
        Map<Long, TimelineEntry> lastSteps = timeline.lastStepsOf(ids);
        List<AgendaEntry> entries = new ArrayList<>(rows.size());
        for (var row : rows) {
            entries.add(new AgendaEntry(
                    entries.size() + 1,
                    row.id(),
                    row.title(),
                    row.regionName(),
                    row.status(),
                    row.addressees(),
                    recognised.getOrDefault(row.id(), List.of()).stream()
                            .map(Recognition::regionName)
                            .toList(),
                    lastSteps.get(row.id()),
                    row.proposedSolution(),
                    row.nextStep(),
                    row.followUpDate(),
                    row.trackOwnerName()));
        }
        return entries;
    }

    // ---- status

    /**
     * Moves the bottleneck along its life cycle. Closing needs a reason; a note is optional
     * otherwise. Promotion to the agenda is {@link #promote}.
     */
    @Transactional
    public Bottleneck changeStatus(long id, int version, BottleneckStatus status, String note) {
        Actor actor = access.requireModerator();
        Bottleneck current = steps.get(id);
        String text = Texts.clean(note);
        FieldChecks checks =
                new FieldChecks().required("status", status).maxLength("note", text, TimelineEntry.TEXT_MAX);
        if (status != null && (current.merged() || !current.status().mayChangeTo(status))) {
            checks.add(FieldProblem.of("status", "bottleneck.status.not-allowed"));
        }
        if (status == BottleneckStatus.CLOSED && text == null) {
            checks.add(FieldProblem.of("note", "bottleneck.status.reason-required"));
        }
        checks.throwIfAny();
        bottlenecks.setStatus(id, version, status, status == BottleneckStatus.CLOSED ? text : null, clock.instant());
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", current.status().name());
        change.put("to", status.name());
        change.put("note", text);
        steps.record(actor, id, new StatusChanged(Stamp.NEW, current.status(), status, text), "status", change);
        return steps.get(id);
    }

    /**
     * Reopens an addressed, closed or withdrawn bottleneck with a reason: an addressed one goes back
     * to its addressee, one closed after being on the agenda back onto it (last in priority), any
     * other back to raised. Not a merged duplicate: that one lives on in its merge target.
     */
    @Transactional
    public Bottleneck reopen(long id, int version, String reason) {
        Actor actor = access.requireModerator();
        Bottleneck current = steps.get(id);
        String text = Texts.clean(reason);
        FieldChecks checks = new FieldChecks().text("reason", text, TimelineEntry.TEXT_MAX);
        if (current.merged() || !current.status().mayBeReopened()) {
            checks.add(FieldProblem.of("status", "bottleneck.reopen.not-allowed"));
        }
        checks.throwIfAny();
        BottleneckStatus to = current.status().reopenedTo(current.onAgenda());
        bottlenecks.reopen(
                id,
                version,
                to,
                current.status() == BottleneckStatus.CLOSED && to == BottleneckStatus.ON_AGENDA,
                clock.instant());
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", current.status().name());
        change.put("to", to.name());
        change.put("reason", text);
        steps.record(actor, id, new StatusChanged(Stamp.NEW, current.status(), to, text), "reopen", change);
        return steps.get(id);
    }

    // ---- promotion and the agenda's fields

    /** Puts a raised or reviewed bottleneck on the national agenda, last in priority order. */
    @Transactional
    public Bottleneck promote(long id, int version, AgendaDraft draft) {
        Actor actor = access.requireModerator();
        Bottleneck current = steps.get(id);
        if (current.merged() || !current.status().mayBePromoted()) {
            throw new ValidationException(FieldProblem.of("status", "bottleneck.status.not-allowed"));
        }
        AgendaDraft clean = validated(draft);
        bottlenecks.promote(id, version, clean, clock.instant());
        steps.record(
                actor,
                id,
                new Promoted(Stamp.NEW, current.status(), AgendaFields.of(clean)),
                "promote",
                describe(clean));
        return steps.get(id);
    }

    /** Changes the addressees, proposed solution, next step, owner or follow-up date of an agenda item. */
    @Transactional
    public Bottleneck updateAgenda(long id, int version, AgendaDraft draft) {
        Actor actor = access.requireModerator();
        Bottleneck current = requireOnAgenda(id);
        AgendaDraft clean = validated(draft);
        bottlenecks.updateAgenda(id, version, clean, clock.instant());
        steps.record(actor, id, new AgendaUpdated(Stamp.NEW, AgendaFields.of(clean)), "agenda", describe(clean));
        return steps.get(id);
    }

    private AgendaDraft validated(AgendaDraft draft) {
        String solution = Texts.clean(draft.proposedSolution());
        String nextStep = Texts.clean(draft.nextStep());
        FieldChecks checks = new FieldChecks()
                .maxLength("proposedSolution", solution, AgendaDraft.PROPOSED_SOLUTION_MAX)
                .text("nextStep", nextStep, AgendaDraft.NEXT_STEP_MAX)
                .required("trackOwnerId", draft.trackOwnerId())
                .required("followUpDate", draft.followUpDate());
        if (draft.addressees().isEmpty()) {
            checks.add(FieldProblem.of("addressees", "bottleneck.agenda.addressee-required"));
        }
        if (draft.trackOwnerId() != null && !bottlenecks.isTrackOwner(draft.trackOwnerId())) {
            checks.add(FieldProblem.of("trackOwnerId", "bottleneck.agenda.owner-not-eligible"));
        }
        checks.throwIfAny();
        return new AgendaDraft(
                draft.addressees(),
                solution,
                Objects.requireNonNull(nextStep, "checked above"),
                draft.trackOwnerId(),
                draft.followUpDate());
    }

    private static Map<String, Object> describe(AgendaDraft draft) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put(
                "addressees",
                draft.addressees().stream().map(Enum::name).sorted().toList());
        change.put("proposedSolution", draft.proposedSolution());
        change.put("nextStep", draft.nextStep());
        change.put("trackOwnerId", draft.trackOwnerId());
        change.put("followUpDate", draft.followUpDate().toString());
        return change;
    }

    private Bottleneck requireOnAgenda(long id) {
        Bottleneck current = steps.get(id);
        if (!BottleneckStatus.ON_THE_AGENDA.contains(current.status()) || current.merged()) {
            throw new ValidationException(FieldProblem.of("status", "bottleneck.agenda.not-on-agenda"));
        }
        return current;
    }

    // ---- follow-up

    /** Records what an addressee answered; the response is added to the timeline, nothing is overwritten. */
    @Transactional
    public Bottleneck recordResponse(long id, Addressee addressee, String response) {
        Actor actor = access.requireModerator();
        requireOnAgenda(id);
        String text = Texts.clean(response);
        new FieldChecks()
                .required("addressee", addressee)
                .text("text", text, TimelineEntry.TEXT_MAX)
                .throwIfAny();
        bottlenecks.touchLastStep(id, clock.instant());
        steps.record(
                actor,
                id,
                new Response(Stamp.NEW, addressee, Objects.requireNonNull(text, "checked above")),
                "response",
                Map.of("addressee", addressee.name(), "text", text));
        return steps.get(id);
    }

    /** Records a follow-up: what happened, the next step and when to look again. */
    @Transactional
    public Bottleneck recordFollowUp(long id, int version, String note, String nextStep, LocalDate followUpDate) {
        Actor actor = access.requireModerator();
        requireOnAgenda(id);
        String text = Texts.clean(note);
        String next = Texts.clean(nextStep);
        new FieldChecks()
                .text("text", text, TimelineEntry.TEXT_MAX)
                .text("nextStep", next, AgendaDraft.NEXT_STEP_MAX)
                .required("followUpDate", followUpDate)
                .throwIfAny();
        bottlenecks.followUp(id, version, Objects.requireNonNull(next, "checked above"), followUpDate, clock.instant());
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("text", text);
        change.put("nextStep", next);
        change.put("followUpDate", followUpDate.toString());
        steps.record(
                actor,
                id,
                new FollowUp(Stamp.NEW, Objects.requireNonNull(text, "checked above"), next, followUpDate),
                "follow-up",
                change);
        return steps.get(id);
    }

    // ---- priority order

    /**
     * Puts the agenda in a new priority order. {@code seen} is the order the facilitator was looking
     * at; when the agenda changed since (another facilitator reordered it, or an item joined or
     * left), nothing is changed and the caller is told to reload.
     */
    @Transactional
    public List<AgendaEntry> reorder(List<Long> seen, List<Long> order) {
        Actor actor = access.requireModerator();
        List<Long> current = bottlenecks.agendaOrder(true);
        if (!current.equals(seen)) {
            throw new ConcurrentEditException("national-agenda", "order");
        }
        if (order.size() != current.size() || !new HashSet<>(order).equals(new HashSet<>(current))) {
            throw new ValidationException(FieldProblem.of("order", "bottleneck.agenda.order-invalid"));
        }
        bottlenecks.setAgendaOrder(order);
        audit.record("national-agenda", "order", "reorder", Map.of("from", current, "to", order));
        return agenda();
    }

    // ---- merging duplicates

    /**
     * Merges duplicates into one bottleneck. The duplicates are closed as merged and point at the
     * target; their comments move to it, and their regions and recognitions count for it (a region
     * the target already counts keeps its recognition on the duplicate, readable there). Refused
     * when the target is among the duplicates, or any of them is closed or merged already, which
     * also rules out cycles.
     */
    @Transactional
    public Bottleneck merge(long targetId, Set<Long> duplicateIds) {
        Actor actor = access.requireModerator();
        if (duplicateIds == null || duplicateIds.isEmpty()) {
            throw new ValidationException(FieldProblem.of("duplicates", "validation.required"));
        }
        if (duplicateIds.contains(targetId)) {
            throw new ValidationException(FieldProblem.of("duplicates", "bottleneck.merge.into-itself"));
        }
        Set<Long> all = new HashSet<>(duplicateIds);
        all.add(targetId);
        List<BottleneckRepository.Locked> locked = bottlenecks.lock(all);
        if (locked.size() != all.size()) {
            throw new ValidationException(FieldProblem.of("duplicates", "bottleneck.merge.not-found"));
        }
        for (BottleneckRepository.Locked bottleneck : locked) {
            if (!bottleneck.open()) {
                throw new ValidationException(
                        FieldProblem.of("duplicates", "bottleneck.merge.not-open", bottleneck.title()));
            }
        }
        BottleneckRepository.Locked target =
                locked.stream().filter(b -> b.id() == targetId).findFirst().orElseThrow();
        for (BottleneckRepository.Locked source : locked) {
            if (source.id() == targetId) {
                continue;
            }
            bottlenecks.markMerged(source.id(), targetId, clock.instant());
            int recognitionsMoved = recognitions.moveToMergeTarget(
                    source.id(), source.regionId(), source.raisedBy(), source.raisedAt(), targetId, target.regionId());
            int commentsMoved = comments.move(source.id(), targetId);
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("into", targetId);
            change.put("recognitionsMoved", recognitionsMoved);
            change.put("commentsMoved", commentsMoved);
            steps.record(actor, source.id(), new MergedInto(Stamp.NEW, targetId, target.title()), "merge", change);
            steps.append(actor, targetId, new MergedIn(Stamp.NEW, source.id(), source.title()));
        }
        return steps.get(targetId);
    }
}

package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.bottlenecks.internal.BottleneckRepository;
import nl.geboortezorg.werkplaats.bottlenecks.internal.CommentRepository;
import nl.geboortezorg.werkplaats.bottlenecks.internal.RecognitionRepository;
import nl.geboortezorg.werkplaats.bottlenecks.internal.TimelineRepository;
import nl.geboortezorg.werkplaats.common.FieldChecks;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.common.Texts;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.notifications.Activities;
import nl.geboortezorg.werkplaats.notifications.ActivityKind;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.RegionChoices;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bottlenecks as the regions work with them: raised and edited by the region's professionals,
 * recognised by other regions, discussed in comments and read by everyone signed in, observers
 * included (they never write). The national agenda side lives in {@link NationalAgendaService}.
 */
@Service
public class BottleneckService {

    static final int AWAITING_MAX = 50;

    static final String RECOGNITION = "bottleneck-recognition";
    static final String COMMENT = "bottleneck-comment";

    private final BottleneckRepository bottlenecks;
    private final RecognitionRepository recognitions;
    private final TimelineRepository timeline;
    private final CommentRepository comments;
    private final BottleneckSteps steps;
    private final WorkSessionService sessions;
    private final AccessGuard access;
    private final AuditTrail audit;
    private final Clock clock;
    private final Activities activities;
    private final RegionChoices regionChoices;

    BottleneckService(
            BottleneckRepository bottlenecks,
            RecognitionRepository recognitions,
            TimelineRepository timeline,
            CommentRepository comments,
            BottleneckSteps steps,
            WorkSessionService sessions,
            AccessGuard access,
            AuditTrail audit,
            Clock clock,
            Activities activities,
            RegionChoices regionChoices) {
        this.activities = activities;
        this.regionChoices = regionChoices;
        this.bottlenecks = bottlenecks;
        this.recognitions = recognitions;
        this.timeline = timeline;
        this.comments = comments;
        this.steps = steps;
        this.sessions = sessions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading

    @Transactional(readOnly = true)
    public List<BottleneckSummary> find(BottleneckFilter filter, int offset, int limit) {
        access.signedIn();
        return bottlenecks.find(filter, offset, limit, regionChoices.byId());
    }

    /**
     * Open bottlenecks of other regions that the signed-in user's region has not recognised yet,
     * the most recognised first, at most {@code limit}: what waits for the region to say whether it
     * sees them too. Empty for someone without a region.
     */
    @Transactional(readOnly = true)
    public List<BottleneckSummary> awaitingMyRecognition(int limit) {
        Actor actor = access.signedIn();
        int most = Math.clamp(limit, 0, AWAITING_MAX);
        Map<Long, RegionChoice> regions = regionChoices.byId();
        Map<Long, BottleneckSummary> awaiting = new LinkedHashMap<>();
        actor.regionIds().stream()
                .filter(regionId -> !actor.archivedRegionIds().contains(regionId))
                .sorted()
                .flatMap(regionId -> bottlenecks.openForAgenda(regionId, false, most, regions).stream())
                .forEach(b -> awaiting.putIfAbsent(b.id(), b));
        return awaiting.values().stream().limit(most).toList();
    }

    /**
     * The bottlenecks raised in a session or put on its agenda, for those who may see the session;
     * merged ones included, as their page still leads to the bottleneck they went into.
     */
    @Transactional(readOnly = true)
    public List<BottleneckSummary> ofSession(long sessionId) {
        access.signedIn();
        sessions.get(sessionId).orElseThrow(() -> new NotFoundException("work-session", sessionId));
        return bottlenecks.ofSession(sessionId, regionChoices.byId());
    }

    @Transactional(readOnly = true)
    public int count(BottleneckFilter filter) {
        access.signedIn();
        return bottlenecks.count(filter);
    }

    /** The bottleneck with its recognitions, timeline and comments, and what the user may do with it. */
    @Transactional(readOnly = true)
    public Optional<BottleneckDetail> detail(long id) {
        Actor actor = access.signedIn();
        return bottlenecks.findById(id).map(bottleneck -> {
            boolean moderator = actor.moderates();
            boolean open = bottleneck.status().open() && !bottleneck.merged();
            List<Recognition> recognised = recognitions.of(id, actor::canWriteIn);
            Set<Long> recognising =
                    recognised.stream().map(Recognition::regionId).collect(Collectors.toSet());
            List<RegionChoice> recogniseFor = !open
                    ? List.of()
                    : regionChoices.all().stream()
                            .filter(region ->
                                    region.id() != bottleneck.regionId() && !recognising.contains(region.id()))
                            .filter(region -> actor.canWriteIn(region.id()))
                            .toList();
            boolean regionOpen = !actor.archivedRegionIds().contains(bottleneck.regionId());
            List<Comment> discussion = comments.of(id, moderator).stream()
                    .map(comment -> {
                        boolean own = comment.authorId() == actor.id();
                        return comment.forReader(
                                own || moderator,
                                moderator || (own && !comment.hidden() && regionOpen && actor.role() != Role.OBSERVER));
                    })
                    .toList();
            return new BottleneckDetail(
                    bottleneck,
                    recognised,
                    timeline.of(id),
                    discussion,
                    recogniseFor,
                    open && actor.canWriteIn(bottleneck.regionId()),
                    moderator,
                    actor.role() != Role.OBSERVER && !bottleneck.merged(),
                    !bottleneck.merged()
                            && bottleneck.status().mayBeWithdrawn()
                            && actor.canWriteIn(bottleneck.regionId()),
                    moderator && !bottleneck.merged() && bottleneck.status().mayBeReopened());
        });
    }

    /** The regions the signed-in user may raise a bottleneck in. */
    @Transactional(readOnly = true)
    public List<RegionChoice> regionsToRaiseIn() {
        Actor actor = access.signedIn();
        return regionChoices.writableBy(actor);
    }

    // ---- raising and editing

    @Transactional
    public Bottleneck raise(long regionId, BottleneckDraft draft) {
        Actor actor = access.requireWriteIn(regionId);
        BottleneckDraft clean = validated(regionId, draft);
        long id = bottlenecks.insert(regionId, clean, actor.id(), clock.instant());
        steps.record(actor, id, new TimelineEntry.Raised(TimelineEntry.Stamp.NEW), "create", describe(regionId, clean));
        return steps.get(id);
    }

    @Transactional
    public Bottleneck update(long id, int version, BottleneckDraft draft) {
        Bottleneck current = steps.get(id);
        access.requireWriteIn(current.regionId());
        if (!current.status().open() || current.merged()) {
            throw new ValidationException(FieldProblem.of("status", "bottleneck.not-open"));
        }
        BottleneckDraft clean = validated(current.regionId(), draft);
        bottlenecks.update(id, version, clean);
        audit.record(BottleneckSteps.BOTTLENECK, id, "update", describe(current.regionId(), clean));
        return steps.get(id);
    }

    /**
     * Withdraws the bottleneck on behalf of the region that raised it, with a reason, as long as it
     * has not reached the national agenda. Whoever may write in the region may; its recognitions by
     * other regions stay, as history, but it no longer counts as open. A facilitator may reopen it.
     */
    @Transactional
    public Bottleneck withdraw(long id, int version, String reason) {
        Bottleneck current = steps.get(id);
        Actor actor = access.requireWriteIn(current.regionId());
        String text = Texts.clean(reason);
        FieldChecks checks = new FieldChecks().text("reason", text, Bottleneck.CLOSED_REASON_MAX);
        if (current.merged() || !current.status().mayBeWithdrawn()) {
            checks.add(FieldProblem.of("status", "bottleneck.withdraw.not-allowed"));
        }
        checks.throwIfAny();
        bottlenecks.setStatus(id, version, BottleneckStatus.WITHDRAWN, text, clock.instant());
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", current.status().name());
        change.put("to", BottleneckStatus.WITHDRAWN.name());
        change.put("reason", text);
        steps.record(
                actor,
                id,
                new TimelineEntry.StatusChanged(
                        TimelineEntry.Stamp.NEW, current.status(), BottleneckStatus.WITHDRAWN, text),
                "withdraw",
                change);
        return steps.get(id);
    }

    private BottleneckDraft validated(long regionId, BottleneckDraft draft) {
        String title = Texts.clean(draft.title());
        String description = Texts.clean(draft.description());
        FieldChecks checks = new FieldChecks()
                .text("title", title, BottleneckDraft.TITLE_MAX)
                .text("description", description, BottleneckDraft.DESCRIPTION_MAX)
                .required("category", draft.category());
        if (draft.sessionId() != null) {
            Optional<WorkSession> session = sessions.get(draft.sessionId());
            if (session.isEmpty()
                    || (session.get().regionId() != null && session.get().regionId() != regionId)) {
                checks.add(FieldProblem.of("sessionId", "bottleneck.session-not-eligible"));
            }
        }
        checks.throwIfAny();
        return new BottleneckDraft(
                Objects.requireNonNull(title, "checked above"),
                Objects.requireNonNull(description, "checked above"),
                draft.category(),
                draft.organisationTypes(),
                draft.addressees(),
                draft.sessionId());
    }

    private static Map<String, Object> describe(long regionId, BottleneckDraft draft) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("regionId", regionId);
        change.put("title", draft.title());
        change.put("description", draft.description());
        change.put("category", draft.category().name());
        change.put(
                "organisationTypes",
                draft.organisationTypes().stream().map(Enum::name).sorted().toList());
        change.put(
                "addressees",
                draft.addressees().stream().map(Enum::name).sorted().toList());
        change.put("sessionId", draft.sessionId());
        return change;
    }

    // ---- recognition

    /**
     * Marks the bottleneck as recognised in the region, with an optional quote from practice. A
     * member of the region may (or a facilitator, on the region's behalf); never for the region
     * that raised it, and only once per region.
     */
    @Transactional
    public Recognition recognise(long bottleneckId, long regionId, @Nullable String quote) {
        Actor actor = access.signedIn();
        actor.requireOpen(regionId);
        if (!actor.canWriteIn(regionId)) {
            throw new AccessDeniedException("May not recognise for region " + regionId);
        }
        Bottleneck bottleneck = steps.get(bottleneckId);
        // an archived region's bottleneck is read-only: no region recognises it any more
        actor.requireOpen(bottleneck.regionId());
        String text = Texts.clean(quote);
        FieldChecks checks = new FieldChecks().maxLength("quote", text, Recognition.QUOTE_MAX);
        if (bottleneck.regionId() == regionId) {
            checks.add(FieldProblem.of("regionId", "bottleneck.recognition.own-region"));
        }
        if (!bottleneck.status().open() || bottleneck.merged()) {
            checks.add(FieldProblem.of("regionId", "bottleneck.not-open"));
        }
        checks.throwIfAny();
        long id = recognitions
                .insert(bottleneckId, regionId, text, actor.id(), clock.instant())
                .orElseThrow(
                        () -> new ValidationException(FieldProblem.of("regionId", "bottleneck.recognition.duplicate")));
        recognitions.recount(bottleneckId);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("bottleneckId", bottleneckId);
        change.put("regionId", regionId);
        change.put("quote", text);
        steps.append(actor, bottleneckId, new TimelineEntry.Recognised(TimelineEntry.Stamp.NEW, regionId, text));
        audit.record(RECOGNITION, id, "create", change);
        return recognitions.findById(id).orElseThrow();
    }

    /** Withdraws a region's recognition; whoever may write in that region may. */
    @Transactional
    public void withdrawRecognition(long recognitionId) {
        Recognition recognition = recognitions
                .findById(recognitionId)
                .orElseThrow(() -> new NotFoundException(RECOGNITION, recognitionId));
        Actor actor = access.requireWriteIn(recognition.regionId());
        actor.requireOpen(steps.get(recognition.bottleneckId()).regionId());
        recognitions.delete(recognitionId);
        recognitions.recount(recognition.bottleneckId());
        steps.append(
                actor,
                recognition.bottleneckId(),
                new TimelineEntry.RecognitionWithdrawn(TimelineEntry.Stamp.NEW, recognition.regionId()));
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("bottleneckId", recognition.bottleneckId());
        change.put("regionId", recognition.regionId());
        change.put("quote", recognition.quote());
        audit.record(RECOGNITION, recognitionId, "delete", change);
    }

    // ---- discussion

    @Transactional
    public Comment comment(long bottleneckId, String body) {
        Actor actor = access.signedIn();
        if (actor.role() == Role.OBSERVER) {
            throw new AccessDeniedException("Observers do not comment");
        }
        Bottleneck bottleneck = steps.get(bottleneckId);
        if (bottleneck.merged()) {
            throw new ValidationException(FieldProblem.of("body", "bottleneck.merged"));
        }
        if (actor.archivedRegionIds().contains(bottleneck.regionId())) {
            throw new ValidationException(FieldProblem.of("body", "region.archived.read-only"));
        }
        String text = Texts.clean(body);
        new FieldChecks().text("body", text, Comment.BODY_MAX).throwIfAny();
        long id = comments.insert(
                bottleneckId, Objects.requireNonNull(text, "checked above"), actor.id(), clock.instant());
        audit.record(COMMENT, id, "create", Map.of("bottleneckId", bottleneckId, "body", text));
        activities.record(actor, BottleneckSteps.activity(ActivityKind.BOTTLENECK_COMMENTED, bottleneck));
        return comments.findById(id).orElseThrow();
    }

    /**
     * Replaces the text of a comment; the text it replaces is kept as an earlier version, and the
     * comment shows that it was edited, when and by whom. Its author may edit it (not once it is
     * hidden, nor in an archived region); a facilitator may edit any comment, like hiding it, and
     * then gives a reason unless the comment is their own. The new text is checked as a new
     * comment's is.
     */
    @Transactional
    public Comment editComment(long commentId, int version, String body, @Nullable String reason) {
        Actor actor = access.signedIn();
        Comment comment = comments.findById(commentId).orElseThrow(() -> new NotFoundException(COMMENT, commentId));
        boolean own = comment.authorId() == actor.id();
        boolean moderator = actor.moderates();
        if (!moderator && (!own || actor.role() == Role.OBSERVER)) {
            throw new AccessDeniedException("May only edit one's own comments");
        }
        String text = Texts.clean(body);
        String why = Texts.clean(reason);
        FieldChecks checks = new FieldChecks().text("body", text, Comment.BODY_MAX);
        if (moderator && !own) {
            checks.text("reason", why, Comment.EDIT_REASON_MAX);
        } else {
            checks.maxLength("reason", why, Comment.EDIT_REASON_MAX);
        }
        if (!moderator) {
            if (comment.hidden()) {
                checks.add(FieldProblem.of("body", "comment.edit.hidden"));
            }
            if (actor.archivedRegionIds()
                    .contains(steps.get(comment.bottleneckId()).regionId())) {
                checks.add(FieldProblem.of("body", "region.archived.read-only"));
            }
        }
        if (text != null && text.equals(comment.body())) {
            checks.add(FieldProblem.of("body", "comment.edit.unchanged"));
        }
        checks.throwIfAny();
        comments.edit(
                commentId,
                version,
                Objects.requireNonNull(comment.body(), "read with its body"),
                Objects.requireNonNull(text, "checked above"),
                why,
                actor.id(),
                clock.instant());
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("bottleneckId", comment.bottleneckId());
        change.put("body", text);
        change.put("reason", why);
        audit.record(COMMENT, commentId, "edit", change);
        return comments.findById(commentId).orElseThrow().forReader(true, true);
    }

    /** Hides a comment with a reason; facilitators (and admins) may. Its text is kept. */
    @Transactional
    public Comment hideComment(long commentId, int version, String reason) {
        String text = Texts.clean(reason);
        return moderate(
                commentId,
                version,
                text,
                () -> new FieldChecks()
                        .text("reason", text, Comment.HIDDEN_REASON_MAX)
                        .throwIfAny());
    }

    @Transactional
    public Comment showComment(long commentId, int version) {
        return moderate(commentId, version, null, () -> {});
    }

    /**
     * Moderation is not refused in an archived region, unlike every other write there: an abusive
     * or personal comment must still be hidden (and one hidden by mistake shown again), and the
     * change only marks the comment, it adds nothing to the region's work.
     */
    private Comment moderate(long commentId, int version, @Nullable String reason, Runnable validation) {
        Actor actor = access.requireModerator();
        Comment comment = comments.findById(commentId).orElseThrow(() -> new NotFoundException(COMMENT, commentId));
        validation.run();
        comments.setHidden(commentId, version, reason, actor.id(), clock.instant());
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("bottleneckId", comment.bottleneckId());
        change.put("reason", reason);
        audit.record(COMMENT, commentId, reason == null ? "show" : "hide", change);
        return comments.findById(commentId).orElseThrow();
    }

    // ---- the recognition matrix

    /**
     * A page of the matrix: open bottlenecks against every region, filtered, for everyone signed
     * in. The view's CSV export reads all rows of the filter through it too.
     */
    @Transactional(readOnly = true)
    public RecognitionMatrix matrix(MatrixFilter filter, MatrixSort sort, int offset, int limit) {
        access.signedIn();
        var rows = bottlenecks.matrixRows(filter, sort == null ? MatrixSort.MOST_REGIONS : sort, offset, limit);
        Map<Long, List<Recognition>> byBottleneck = recognitions.ofAll(
                rows.stream().map(BottleneckRepository.MatrixRowData::id).toList());
        List<RecognitionMatrix.Row> result = new ArrayList<>(rows.size());
        for (var row : rows) {
            Map<Long, Recognition> byRegion = byBottleneck.getOrDefault(row.id(), List.of()).stream()
                    .collect(Collectors.toMap(Recognition::regionId, r -> r));
            result.add(new RecognitionMatrix.Row(
                    row.id(),
                    row.title(),
                    row.category(),
                    row.status(),
                    row.regionId(),
                    row.recognitionCount() + 1,
                    byRegion));
        }
        return new RecognitionMatrix(regionChoices.all(), result);
    }

    @Transactional(readOnly = true)
    public int countMatrix(MatrixFilter filter) {
        access.signedIn();
        return bottlenecks.countMatrixRows(filter);
    }
}

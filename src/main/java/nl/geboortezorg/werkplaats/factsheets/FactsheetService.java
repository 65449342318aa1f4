package nl.geboortezorg.werkplaats.factsheets;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.FieldChecks;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.common.Texts;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.documents.DocumentLinks;
import nl.geboortezorg.werkplaats.documents.LinkTarget;
import nl.geboortezorg.werkplaats.factsheets.FactsheetDetail.VersionInfo;
import nl.geboortezorg.werkplaats.factsheets.internal.FactsheetRepository;
import nl.geboortezorg.werkplaats.factsheets.internal.FactsheetRepository.Head;
import nl.geboortezorg.werkplaats.notifications.Activities;
import nl.geboortezorg.werkplaats.notifications.ActivityKind;
import nl.geboortezorg.werkplaats.notifications.ActivityRecord;
import nl.geboortezorg.werkplaats.notifications.Audience;
import nl.geboortezorg.werkplaats.notifications.ItemType;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.RegionChoices;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.security.Readership;
import nl.geboortezorg.werkplaats.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Factsheets: written by a region's professionals as drafts, submitted for review, returned or
 * published by facilitators. Editing a published factsheet starts a new version; readers keep
 * seeing the published one until the new one is published. Every published version is kept.
 * Who may read a published version follows its publication level; versions being worked on are
 * for the region's writers only.
 */
@Service
public class FactsheetService {

    static final String FACTSHEET = "factsheet";
    static final String VERSION = "factsheet-version";

    /** The longest reason for a withdrawal, as the column holds it. */
    public static final int WITHDRAWAL_REASON_MAX = 2_000;

    private final FactsheetRepository factsheets;
    private final AccessGuard access;
    private final AuditTrail audit;
    private final Clock clock;
    private final Activities activities;
    private final RegionChoices regionChoices;
    private final DocumentLinks documentLinks;

    FactsheetService(
            FactsheetRepository factsheets,
            AccessGuard access,
            AuditTrail audit,
            Clock clock,
            Activities activities,
            RegionChoices regionChoices,
            DocumentLinks documentLinks) {
        this.activities = activities;
        this.documentLinks = documentLinks;
        this.regionChoices = regionChoices;
        this.factsheets = factsheets;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading

    /** Factsheets the signed-in user may see, the latest first. */
    @Transactional(readOnly = true)
    public List<FactsheetSummary> find(FactsheetFilter filter, int offset, int limit) {
        Actor actor = access.signedIn();
        return factsheets.find(filter, Readership.of(Optional.of(actor)), offset, limit).stream()
                .map(summary -> actor.canSeeInternalsOf(summary.regionId()) ? summary : readerView(summary))
                .toList();
    }

    @Transactional(readOnly = true)
    public int count(FactsheetFilter filter) {
        Actor actor = access.signedIn();
        return factsheets.count(filter, Readership.of(Optional.of(actor)));
    }

    /** The public knowledge base: published public factsheets, for anyone, signed in or not. */
    @Transactional(readOnly = true)
    public List<FactsheetSummary> findPublic(String text, int offset, int limit) {
        FactsheetFilter filter = FactsheetFilter.all().containing(text);
        return factsheets.findPublic(filter, offset, limit).stream()
                .map(FactsheetService::readerView)
                .toList();
    }

    @Transactional(readOnly = true)
    public int countPublic(String text) {
        return factsheets.countPublic(FactsheetFilter.all().containing(text));
    }

    /**
     * The published version of a public factsheet, for anyone; nothing for any other factsheet,
     * nor for one that was withdrawn.
     */
    @Transactional(readOnly = true)
    public Optional<FactsheetVersion> publicFactsheet(long factsheetId) {
        return factsheets
                .head(factsheetId)
                .filter(head -> head.publishedVersionId() != null)
                .flatMap(head -> factsheets.findVersion(head.publishedVersionId()))
                .filter(version -> version.state() == FactsheetState.PUBLISHED)
                .filter(version -> version.level() == PublicationLevel.PUBLIC);
    }

    private static FactsheetSummary readerView(FactsheetSummary summary) {
        return new FactsheetSummary(
                summary.factsheetId(),
                summary.regionId(),
                summary.regionCode(),
                summary.regionName(),
                summary.title(),
                summary.level(),
                summary.publishedNumber(),
                summary.publishedAt(),
                null,
                null,
                summary.withdrawn());
    }

    /** The factsheet as the signed-in user may see it; empty when it does not exist or is not theirs to read. */
    @Transactional(readOnly = true)
    public Optional<FactsheetDetail> detail(long factsheetId) {
        Actor actor = access.signedIn();
        Optional<Head> found = factsheets.head(factsheetId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Head head = found.get();
        // an archived region's writers still read its work in progress, but change nothing
        boolean works = actor.canSeeInternalsOf(head.regionId());
        boolean open = !actor.archivedRegionIds().contains(head.regionId());
        FactsheetVersion published = head.publishedVersionId() == null
                ? null
                : factsheets
                        .findVersion(head.publishedVersionId())
                        .filter(v -> readable(actor, v))
                        .orElse(null);
        FactsheetVersion working = !works || head.workingVersionId() == null
                ? null
                : factsheets.findVersion(head.workingVersionId()).orElse(null);
        if (published == null && working == null) {
            return Optional.empty();
        }
        List<VersionInfo> versions = factsheets.versionsOf(factsheetId).stream()
                .filter(v ->
                        works || v.state().wasPublished() && v.level().readableBy(Optional.of(actor), head.regionId()))
                .toList();
        FactsheetVersion shown = published != null
                ? published
                : Objects.requireNonNull(working, "one of the two is there, checked above");
        return Optional.of(new FactsheetDetail(
                factsheetId,
                head.regionId(),
                shown.regionCode(),
                shown.regionName(),
                published,
                working,
                versions,
                works && open,
                reviews(actor) && open));
    }

    /** One version, when the signed-in user may read it. */
    @Transactional(readOnly = true)
    public Optional<FactsheetVersion> version(long versionId) {
        Actor actor = access.signedIn();
        return factsheets.findVersion(versionId).filter(v -> readable(actor, v));
    }

    /**
     * A published version (or one withdrawn since, kept for the record) at a level the actor
     * reads, or any version of a region they write in.
     */
    private static boolean readable(Actor actor, FactsheetVersion version) {
        return actor.canSeeInternalsOf(version.regionId())
                || version.state().wasPublished() && version.level().readableBy(Optional.of(actor), version.regionId());
    }

    private static boolean reviews(Actor actor) {
        return actor.hasRole(Role.FACILITATOR, Role.ADMIN);
    }

    /** Whether the signed-in user reviews factsheets (returns or publishes them). */
    @Transactional(readOnly = true)
    public boolean mayReview() {
        return access.currentActor().map(FactsheetService::reviews).orElse(false);
    }

    /** The regions the signed-in user may write a factsheet for. */
    @Transactional(readOnly = true)
    public List<RegionChoice> regionsToWriteIn() {
        Actor actor = access.signedIn();
        return regionChoices.writableBy(actor);
    }

    /** The region's organisations to pick the partners from. */
    @Transactional(readOnly = true)
    public List<Partner> partnerChoices(long regionId) {
        access.requireWriteIn(regionId);
        return factsheets.organisationsOf(regionId);
    }

    /** Published versions of the factsheets, in the order asked, for reading side by side; unreadable ones left out. */
    @Transactional(readOnly = true)
    public List<FactsheetVersion> publishedVersions(List<Long> factsheetIds) {
        Actor actor = access.signedIn();
        return new LinkedHashSet<>(factsheetIds)
                .stream()
                        .map(factsheets::head)
                        .flatMap(Optional::stream)
                        .filter(head -> head.publishedVersionId() != null)
                        .map(head -> factsheets.findVersion(head.publishedVersionId()))
                        .flatMap(Optional::stream)
                        .filter(v -> v.level().readableBy(Optional.of(actor), v.regionId()))
                        .toList();
    }

    /** Two versions of one factsheet compared section by section, the older one first. */
    @Transactional(readOnly = true)
    public VersionComparison compare(long versionId, long otherVersionId) {
        Actor actor = access.signedIn();
        FactsheetVersion a = factsheets
                .findVersion(versionId)
                .filter(v -> readable(actor, v))
                .orElseThrow(() -> new NotFoundException(VERSION, versionId));
        FactsheetVersion b = factsheets
                .findVersion(otherVersionId)
                .filter(v -> readable(actor, v))
                .orElseThrow(() -> new NotFoundException(VERSION, otherVersionId));
        if (a.factsheetId() != b.factsheetId()) {
            throw new ValidationException(FieldProblem.of("version", "factsheet.compare-other-factsheet"));
        }
        FactsheetVersion older = a.number() <= b.number() ? a : b;
        FactsheetVersion newer = older == a ? b : a;
        List<VersionComparison.SectionDifference> sections = new ArrayList<>();
        for (FactsheetSection section : FactsheetSection.values()) {
            String before = comparable(older, section);
            String after = comparable(newer, section);
            sections.add(new VersionComparison.SectionDifference(
                    section, TextDiff.changed(before, after), TextDiff.between(before, after)));
        }
        return new VersionComparison(older, newer, sections);
    }

    /** A section as text to compare: partners one per line, key figures after the results. */
    static @Nullable String comparable(FactsheetVersion version, FactsheetSection section) {
        return switch (section) {
            case PARTNERS -> version.partners().stream().map(Partner::name).collect(Collectors.joining("\n"));
            case RESULTS -> {
                String figures =
                        version.keyFigures().stream().map(KeyFigure::asText).collect(Collectors.joining("\n"));
                String text = version.content().results() == null
                        ? ""
                        : version.content().results();
                yield figures.isEmpty() ? text : text + "\n\n" + figures;
            }
            default -> version.content().text(section);
        };
    }

    // ---- writing

    /** Starts a factsheet for the region with its first draft. */
    @Transactional
    public FactsheetVersion create(long regionId, FactsheetDraft draft) {
        Actor actor = access.requireWriteIn(regionId);
        if (!regionChoices.byId().containsKey(regionId)) {
            throw new NotFoundException("region", regionId);
        }
        FactsheetDraft clean = validated(draft);
        List<Partner> partners = partners(regionId, clean);
        long factsheetId = factsheets.insertFactsheet(regionId, actor.id(), clock.instant());
        long versionId = factsheets.insertVersion(factsheetId, 1, clean, partners, actor.id(), clock.instant());
        factsheets.setWorking(factsheetId, versionId);
        audit.record(FACTSHEET, factsheetId, "create", Map.of("regionId", regionId));
        audit.record(VERSION, versionId, "create", describe(factsheetId, 1, clean, partners));
        return factsheets.findVersion(versionId).orElseThrow();
    }

    /** Saves the text of a draft or returned version; refused when it was submitted or published meanwhile. */
    @Transactional
    public FactsheetVersion save(long versionId, int version, FactsheetDraft draft) {
        FactsheetVersion current = get(versionId);
        Actor actor = access.requireWriteIn(current.regionId());
        if (!current.state().editable()) {
            throw new ValidationException(FieldProblem.of("state", "factsheet.not-editable." + current.state()));
        }
        FactsheetDraft clean = validated(draft);
        List<Partner> partners = partners(current.regionId(), clean);
        factsheets.updateDraft(versionId, version, clean, partners, actor.id(), clock.instant());
        audit.record(VERSION, versionId, "update", describe(current.factsheetId(), current.number(), clean, partners));
        return get(versionId);
    }

    /**
     * The version to edit a published factsheet in: a new draft copied from the published version,
     * or the one already being worked on (two people starting at once get the same one).
     */
    @Transactional
    public FactsheetVersion startRevision(long factsheetId) {
        Head head = factsheets.lock(factsheetId).orElseThrow(() -> new NotFoundException(FACTSHEET, factsheetId));
        Actor actor = access.requireWriteIn(head.regionId());
        if (head.workingVersionId() != null) {
            return get(head.workingVersionId());
        }
        FactsheetVersion published = get(head.publishedVersionId());
        int number = factsheets.nextNumber(factsheetId);
        long versionId = factsheets.insertVersion(
                factsheetId, number, published.content(), published.partners(), actor.id(), clock.instant());
        factsheets.setWorking(factsheetId, versionId);
        audit.record(
                VERSION, versionId, "create", describe(factsheetId, number, published.content(), published.partners()));
        return get(versionId);
    }

    /** Submits a draft for review; every required section must be filled in. */
    @Transactional
    public FactsheetVersion submit(long versionId, int version) {
        FactsheetVersion current = get(versionId);
        Actor actor = access.requireWriteIn(current.regionId());
        if (!current.state().editable()) {
            throw refused(current, FactsheetState.SUBMITTED);
        }
        FieldChecks checks = new FieldChecks();
        for (FactsheetSection section : FactsheetSection.values()) {
            boolean empty = section == FactsheetSection.PARTNERS
                    ? current.partners().isEmpty()
                    : Texts.clean(current.content().text(section)) == null;
            if (section.required() && empty) {
                checks.add(FieldProblem.of(section.field(), "factsheet.section-required." + section.name()));
            }
        }
        checks.throwIfAny();
        factsheets.submit(versionId, version, actor.id(), clock.instant());
        audit.record(VERSION, versionId, "submit", Map.of("factsheetId", current.factsheetId()));
        FactsheetVersion submitted = get(versionId);
        activities.record(
                actor,
                activity(ActivityKind.FACTSHEET_SUBMITTED, submitted, Audience.REGION)
                        .toFacilitators()
                        .followedBy(Set.of(actor.id())));
        return submitted;
    }

    /** Returns a submitted version to the region's writers with the reviewer's comments. */
    @Transactional
    public FactsheetVersion returnToWriters(long versionId, int version, String comment) {
        Actor actor = access.requireRole(Role.FACILITATOR, Role.ADMIN);
        FactsheetVersion current = get(versionId);
        actor.requireOpen(current.regionId());
        if (current.state() != FactsheetState.SUBMITTED) {
            throw refused(current, FactsheetState.RETURNED);
        }
        String text = Texts.clean(comment);
        new FieldChecks().text("comment", text, 2_000).throwIfAny();
        factsheets.review(versionId, version, FactsheetState.RETURNED, text, actor.id(), clock.instant());
        audit.record(VERSION, versionId, "return", Map.of("factsheetId", current.factsheetId(), "comment", text));
        FactsheetVersion returned = get(versionId);
        activities.record(actor, activity(ActivityKind.FACTSHEET_RETURNED, returned, Audience.REGION));
        return returned;
    }

    /** Publishes a submitted version: from now on readers see it, at its publication level. */
    @Transactional
    public FactsheetVersion publish(long versionId, int version) {
        Actor actor = access.requireRole(Role.FACILITATOR, Role.ADMIN);
        FactsheetVersion current = get(versionId);
        actor.requireOpen(current.regionId());
        factsheets.lock(current.factsheetId());
        if (current.state() != FactsheetState.SUBMITTED) {
            throw refused(current, FactsheetState.PUBLISHED);
        }
        factsheets.review(versionId, version, FactsheetState.PUBLISHED, null, actor.id(), clock.instant());
        factsheets.setPublished(current.factsheetId(), versionId);
        audit.record(
                VERSION,
                versionId,
                "publish",
                Map.of(
                        "factsheetId",
                        current.factsheetId(),
                        "level",
                        current.level().name()));
        FactsheetVersion published = get(versionId);
        Audience audience = current.level() == PublicationLevel.REGION ? Audience.REGION : Audience.EVERYONE;
        activities.narrow(ItemType.FACTSHEET, current.factsheetId(), audience);
        activities.record(actor, activity(ActivityKind.FACTSHEET_PUBLISHED, published, audience));
        return published;
    }

    /**
     * Deletes the version being worked on while it is a draft or returned, by the region's
     * writers: a factsheet that was never published goes entirely (documents linked to it stay,
     * unlinked); of a published one only the draft revision goes and readers keep the published
     * version. Returns whether the whole factsheet is gone.
     */
    @Transactional
    public boolean deleteDraft(long versionId, int version) {
        FactsheetVersion current = get(versionId);
        Actor actor = access.requireWriteIn(current.regionId());
        long factsheetId = current.factsheetId();
        Head head = factsheets.lock(factsheetId).orElseThrow(() -> new NotFoundException(FACTSHEET, factsheetId));
        if (!Objects.equals(head.workingVersionId(), versionId)
                || !current.state().editable()) {
            throw new ValidationException(FieldProblem.of(
                    "state", "factsheet.delete-refused." + current.state().name(), current.number()));
        }
        factsheets.deleteWorkingVersion(factsheetId, versionId, version);
        audit.record(
                VERSION,
                versionId,
                "delete",
                describe(factsheetId, current.number(), current.content(), current.partners()));
        if (head.publishedVersionId() != null) {
            return false;
        }
        List<Long> unlinked = documentLinks.removeAllTo(LinkTarget.factsheet(factsheetId));
        factsheets.deleteFactsheet(factsheetId);
        activities.narrow(ItemType.FACTSHEET, factsheetId, Audience.REGION);
        audit.record(
                FACTSHEET,
                factsheetId,
                "delete",
                Map.of("regionId", current.regionId(), "title", current.title(), "unlinkedDocuments", unlinked));
        return true;
    }

    /**
     * Withdraws a published factsheet from the knowledge base, by a facilitator, with the reason:
     * nothing public shows it any more; its versions stay, marked withdrawn with the reason, for
     * those who read them inside the platform. The region's writers may revise it and submit it
     * again; publishing that new version makes it public again.
     */
    @Transactional
    public FactsheetVersion withdraw(long versionId, int version, String reason) {
        Actor actor = access.requireRole(Role.FACILITATOR, Role.ADMIN);
        FactsheetVersion current = get(versionId);
        actor.requireOpen(current.regionId());
        Head head = factsheets
                .lock(current.factsheetId())
                .orElseThrow(() -> new NotFoundException(FACTSHEET, current.factsheetId()));
        if (current.state() != FactsheetState.PUBLISHED || !Objects.equals(head.publishedVersionId(), versionId)) {
            throw refused(current, FactsheetState.WITHDRAWN);
        }
        String text = Texts.clean(reason);
        new FieldChecks().text("reason", text, WITHDRAWAL_REASON_MAX).throwIfAny();
        String why = Objects.requireNonNull(text, "checked above");
        factsheets.withdraw(current.factsheetId(), versionId, version, why, actor.id(), clock.instant());
        audit.record(VERSION, versionId, "withdraw", Map.of("factsheetId", current.factsheetId(), "reason", why));
        FactsheetVersion withdrawn = get(versionId);
        activities.record(
                actor,
                activity(ActivityKind.FACTSHEET_WITHDRAWN, withdrawn, Audience.REGION)
                        .toRegionMembers());
        return withdrawn;
    }

    /** An activity of the factsheet; its followers (who submitted it, who chose to) hear of it. */
    private static ActivityRecord activity(ActivityKind kind, FactsheetVersion version, Audience audience) {
        return ActivityRecord.of(
                kind,
                ItemType.FACTSHEET,
                version.factsheetId(),
                version.regionId(),
                audience,
                version.content().title());
    }

    private static ValidationException refused(FactsheetVersion version, FactsheetState to) {
        return new ValidationException(
                FieldProblem.of("state", "factsheet.transition-refused." + to.name(), version.number()));
    }

    private FactsheetVersion get(Long versionId) {
        if (versionId == null) {
            throw new NotFoundException(VERSION, "none");
        }
        return factsheets.findVersion(versionId).orElseThrow(() -> new NotFoundException(VERSION, versionId));
    }

    private FactsheetDraft validated(FactsheetDraft draft) {
        FieldChecks checks = new FieldChecks()
                .text("title", Texts.clean(draft.title()), FactsheetDraft.TITLE_MAX)
                .required("level", draft.level());
        for (FactsheetSection section : FactsheetSection.values()) {
            if (section != FactsheetSection.PARTNERS) {
                checks.maxLength(section.field(), draft.text(section), FactsheetDraft.SECTION_MAX);
            }
        }
        List<KeyFigure> figures = new ArrayList<>();
        if (draft.keyFigures().size() > KeyFigure.MAX_COUNT) {
            checks.add(FieldProblem.of("keyFigures", "factsheet.key-figures.too-many", KeyFigure.MAX_COUNT));
        }
        for (int i = 0; i < draft.keyFigures().size(); i++) {
            KeyFigure figure = draft.keyFigures().get(i);
            int row = i + 1;
            String label = Texts.clean(figure.label());
            String unit = Texts.clean(figure.unit());
            if (label == null) {
                checks.add(FieldProblem.of("keyFigures", "factsheet.key-figure.label-required", row));
            } else if (label.length() > KeyFigure.LABEL_MAX) {
                checks.add(
                        FieldProblem.of("keyFigures", "factsheet.key-figure.label-too-long", row, KeyFigure.LABEL_MAX));
            }
            if (unit != null && unit.length() > KeyFigure.UNIT_MAX) {
                checks.add(
                        FieldProblem.of("keyFigures", "factsheet.key-figure.unit-too-long", row, KeyFigure.UNIT_MAX));
            }
            BigDecimal value = figure.value();
            if (value == null) {
                checks.add(FieldProblem.of("keyFigures", "factsheet.key-figure.value-required", row));
            } else if (value.abs().compareTo(KeyFigure.MAX_VALUE) > 0) {
                checks.add(FieldProblem.of("keyFigures", "factsheet.key-figure.value-too-large", row));
            } else if (value.stripTrailingZeros().scale() > 2) {
                checks.add(FieldProblem.of("keyFigures", "factsheet.key-figure.value-decimals", row));
            }
            if (figure.year() != null
                    && (figure.year() < KeyFigure.FIRST_YEAR || figure.year() > KeyFigure.LAST_YEAR)) {
                checks.add(FieldProblem.of(
                        "keyFigures",
                        "factsheet.key-figure.year-range",
                        row,
                        String.valueOf(KeyFigure.FIRST_YEAR),
                        String.valueOf(KeyFigure.LAST_YEAR)));
            }
            figures.add(new KeyFigure(label, value, unit, figure.year()));
        }
        checks.throwIfAny();
        return new FactsheetDraft(
                Objects.requireNonNull(Texts.clean(draft.title()), "checked above"),
                draft.level(),
                Texts.clean(draft.context()),
                Texts.clean(draft.targetGroup()),
                Texts.clean(draft.approach()),
                List.copyOf(new LinkedHashSet<>(draft.partnerIds())),
                Texts.clean(draft.results()),
                figures,
                Texts.clean(draft.lessons()),
                Texts.clean(draft.financing()),
                Texts.clean(draft.contact()));
    }

    /** The chosen partners as they are named now; an organisation of another region is a field error. */
    private List<Partner> partners(long regionId, FactsheetDraft draft) {
        List<Partner> partners = factsheets.organisations(regionId, draft.partnerIds());
        if (partners.size() != draft.partnerIds().size()) {
            throw new ValidationException(FieldProblem.of("partners", "factsheet.partner-not-in-region"));
        }
        return partners;
    }

    private static Map<String, Object> describe(
            long factsheetId, int number, FactsheetDraft draft, List<Partner> partners) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("factsheetId", factsheetId);
        change.put("number", number);
        change.put("title", draft.title());
        change.put("level", draft.level().name());
        for (FactsheetSection section : FactsheetSection.values()) {
            if (section != FactsheetSection.PARTNERS) {
                change.put(section.field(), draft.text(section));
            }
        }
        change.put("partners", partners.stream().map(Partner::name).toList());
        change.put(
                "keyFigures", draft.keyFigures().stream().map(KeyFigure::asText).toList());
        return change;
    }
}

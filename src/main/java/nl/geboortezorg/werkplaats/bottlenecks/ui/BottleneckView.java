package nl.geboortezorg.werkplaats.bottlenecks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckDetail;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.Comment;
import nl.geboortezorg.werkplaats.bottlenecks.CommentRevision;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.bottlenecks.Recognition;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.SafeMarkdown;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.ConcurrentEditDialog;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.common.ui.PersonalDataCheck;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.LinkTarget;
import nl.geboortezorg.werkplaats.documents.ui.LinkedDocuments;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.ui.DraftKeeper;
import nl.geboortezorg.werkplaats.mkba.BlockedBenefitService;
import nl.geboortezorg.werkplaats.mkba.ui.BlockedBenefits;
import nl.geboortezorg.werkplaats.notifications.ItemType;
import nl.geboortezorg.werkplaats.notifications.NotificationService;
import nl.geboortezorg.werkplaats.notifications.ui.FollowButton;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.sessions.ui.SessionNavigation;
import nl.geboortezorg.werkplaats.users.UserService;
import org.jspecify.annotations.Nullable;

/**
 * One bottleneck's whole life at a glance: what was raised, which regions recognise it, its place
 * on the national agenda, every dated step on its timeline, and its discussion. Buttons appear
 * only for what the signed-in user may do; the services check again.
 */
@Route("knelpunten/:id")
@PermitAll
class BottleneckView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final BottleneckService bottlenecks;
    private final NationalAgendaService agenda;
    private final WorkSessionService sessions;
    private final RegionService regions;
    private final UserService users;
    private final Clock clock;
    private final DocumentService documents;
    private final BlockedBenefitService blockedBenefits;
    private final DossierCompiler dossiers;
    /** At first only the latest comments are built: a long discussion costs every reader time and memory. */
    static final int COMMENTS_SHOWN = 20;

    private long id;
    private @Nullable BottleneckDetail detail;
    /** Whether the reader asked for the earlier comments too; kept while the page is rebuilt after a change. */
    private boolean allComments;

    private final NotificationService notifications;
    /** The reader's id, to tell their own comments from others' (read once, when first needed). */
    private @Nullable Long myId;

    BottleneckView(
            BottleneckService bottlenecks,
            NationalAgendaService agenda,
            WorkSessionService sessions,
            RegionService regions,
            UserService users,
            Clock clock,
            DocumentService documents,
            BlockedBenefitService blockedBenefits,
            NotificationService notifications,
            DossierCompiler dossiers) {
        this.notifications = notifications;
        this.dossiers = dossiers;
        this.bottlenecks = bottlenecks;
        this.agenda = agenda;
        this.sessions = sessions;
        this.regions = regions;
        this.users = users;
        this.clock = clock;
        this.documents = documents;
        this.blockedBenefits = blockedBenefits;
        addClassName("bottleneck-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong(ID).orElse(-1L);
        allComments = false;
        if (!load()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private boolean load() {
        detail = bottlenecks.detail(id).orElse(null);
        removeAll();
        if (detail == null) {
            return false;
        }
        Bottleneck b = detail.bottleneck();
        H2 title = new H2(b.title());
        title.setId("bottleneck-title");
        add(title, BottleneckBadges.status(this, b.status()));
        if (b.merged()) {
            Paragraph merged = new Paragraph(getTranslation("bottleneck-view.merged-into") + " ");
            merged.add(BottleneckNavigation.bottleneck(b.mergedInto().id())
                    .anchor(b.mergedInto().title()));
            merged.setId("merged-notice");
            merged.addClassName("notice");
            add(merged);
        } else if (b.status() == BottleneckStatus.CLOSED && b.closedReason() != null) {
            Paragraph closed = new Paragraph(getTranslation("bottleneck-view.closed-because", b.closedReason()));
            closed.setId("closed-notice");
            closed.addClassName("notice");
            add(closed);
        } else if (b.status() == BottleneckStatus.WITHDRAWN && b.closedReason() != null) {
            Paragraph withdrawn = new Paragraph(
                    getTranslation("bottleneck-view.withdrawn-because", b.regionName(), b.closedReason()));
            withdrawn.setId("withdrawn-notice");
            withdrawn.addClassName("notice");
            add(withdrawn);
        }
        add(
                facts(b),
                new FollowButton(notifications, ItemType.BOTTLENECK, b.id()),
                new Html(SafeMarkdown.toHtml(b.description())));
        if (detail.mayEdit() || detail.mayModerate() || detail.mayWithdraw()) {
            add(actions(b));
        }
        if (b.onAgenda()) {
            add(agendaPanel(b));
        }
        add(
                recognitions(b),
                new LinkedDocuments(documents, LinkTarget.bottleneck(b.id())),
                new BlockedBenefits(blockedBenefits, b.id()),
                dossier(b),
                timeline(),
                comments());
        return true;
    }

    /** The evidence dossier to compile and download. */
    private Section dossier(Bottleneck b) {
        Section section = new Section(new H3(getTranslation("dossier.heading")));
        section.setId("bottleneck-dossier");
        section.add(
                new Paragraph(getTranslation("dossier.intro")), dossiers.forBottleneck(b.id(), b.title(), getLocale()));
        return section;
    }

    /** The bottleneck shown; the parts of the page that read it are only built once it is loaded. */
    private BottleneckDetail loaded() {
        return Objects.requireNonNull(detail, "read only once loaded");
    }

    private Div facts(Bottleneck b) {
        Div facts = new Div();
        facts.setId("bottleneck-facts");
        facts.add(new Paragraph(getTranslation(
                "bottleneck-view.raised-by", b.regionName(), b.raisedBy(), DutchFormats.date(b.raisedAt()))));
        facts.add(new Paragraph(getTranslation("bottleneck.category") + ": "
                + getTranslation("bottleneck-category." + b.category().name())));
        if (!b.organisationTypes().isEmpty()) {
            facts.add(new Paragraph(getTranslation("bottleneck.organisation-types") + ": "
                    + b.organisationTypes().stream()
                            .sorted()
                            .map(t -> getTranslation("organisation-type." + t.name()))
                            .collect(Collectors.joining(", "))));
        }
        if (!b.addressees().isEmpty()) {
            facts.add(new Paragraph(getTranslation("bottleneck.addressees") + ": "
                    + BottleneckBadges.addressees(Translator.of(this), b.addressees())));
        }
        if (b.session() != null) {
            Paragraph session = new Paragraph(getTranslation("bottleneck-view.came-up-in") + " ");
            session.add(SessionNavigation.session(b.session().id())
                    .anchor(b.session().title() + " ("
                            + DutchFormats.date(b.session().startsAt()) + ")"));
            facts.add(session);
        }
        return facts;
    }

    private HorizontalLayout actions(Bottleneck b) {
        BottleneckDetail detail = loaded();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("bottleneck-actions");
        actions.setWrap(true);
        LocalDate today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        if (detail.mayEdit()) {
            actions.add(button(
                    "edit-bottleneck",
                    "bottleneck.edit",
                    () -> BottleneckDialog.edit(bottlenecks, sessions, b, this::load)
                            .open()));
        }
        if (detail.mayWithdraw()) {
            actions.add(button(
                    "withdraw-bottleneck",
                    "withdraw-dialog.title",
                    () -> new ModerationDialogs.WithdrawDialog(bottlenecks, b, this::load).open()));
        }
        if (detail.mayReopen()) {
            actions.add(button(
                    "reopen-bottleneck",
                    "reopen-dialog.title",
                    () -> new ModerationDialogs.ReopenDialog(agenda, b, this::load).open()));
        }
        if (detail.mayModerate() && !b.merged()) {
            if (!b.status().next().isEmpty()) {
                actions.add(button(
                        "change-status",
                        "status-dialog.title",
                        () -> new ModerationDialogs.StatusDialog(agenda, b, this::load).open()));
            }
            if (b.status().mayBePromoted()) {
                actions.add(button(
                        "promote",
                        "agenda-dialog.promote-title",
                        () -> new ModerationDialogs.AgendaDialog(
                                        agenda, b, users.myProfile().id(), today, this::load)
                                .open()));
            }
            if (BottleneckStatus.ON_THE_AGENDA.contains(b.status())) {
                actions.add(button(
                        "edit-agenda",
                        "agenda-dialog.edit-title",
                        () -> new ModerationDialogs.AgendaDialog(
                                        agenda, b, users.myProfile().id(), today, this::load)
                                .open()));
                actions.add(button(
                        "record-response",
                        "response-dialog.title",
                        () -> new ModerationDialogs.ResponseDialog(agenda, b, this::load).open()));
                actions.add(button(
                        "record-follow-up",
                        "follow-up-dialog.title",
                        () -> new ModerationDialogs.FollowUpDialog(agenda, b, today, this::load).open()));
            }
            if (b.status().open()) {
                actions.add(button(
                        "merge",
                        "merge-dialog.title",
                        () -> new ModerationDialogs.MergeDialog(bottlenecks, agenda, b, this::load).open()));
            }
        }
        return actions;
    }

    private Button button(String buttonId, String labelKey, Runnable action) {
        Button button = new Button(getTranslation(labelKey), click -> action.run());
        button.setId(buttonId);
        return button;
    }

    private Section agendaPanel(Bottleneck b) {
        Section panel = section("agenda-panel", "bottleneck-view.on-agenda");
        Bottleneck.AgendaPlace agenda = b.agenda();
        UnorderedList facts = new UnorderedList();
        if (agenda.position() != null && BottleneckStatus.ON_THE_AGENDA.contains(b.status())) {
            facts.add(new ListItem(getTranslation("bottleneck-view.priority", agenda.position())));
        }
        if (agenda.proposedSolution() != null) {
            facts.add(
                    new ListItem(getTranslation("agenda-dialog.proposed-solution") + ": " + agenda.proposedSolution()));
        }
        if (agenda.nextStep() != null) {
            facts.add(new ListItem(getTranslation("agenda-dialog.next-step") + ": " + agenda.nextStep()));
        }
        if (agenda.trackOwnerName() != null) {
            facts.add(new ListItem(getTranslation("agenda-dialog.owner") + ": " + agenda.trackOwnerName()));
        }
        if (agenda.followUpDate() != null) {
            ListItem followUp = new ListItem(
                    getTranslation("agenda-dialog.follow-up-date") + ": " + DutchFormats.date(agenda.followUpDate()));
            if (b.status().open() && agenda.followUpDate().isBefore(LocalDate.now(clock.withZone(DutchTime.ZONE)))) {
                Span overdue = new Span(getTranslation("bottleneck-view.follow-up-overdue"));
                overdue.getElement().getThemeList().add("badge error");
                followUp.add(new Span(" "), overdue);
            }
            facts.add(followUp);
        }
        panel.add(facts);
        return panel;
    }

    private Section section(String sectionId, String headingKey) {
        Section section = new Section(new H3(getTranslation(headingKey)));
        section.setId(sectionId);
        return section;
    }

    private Section recognitions(Bottleneck b) {
        BottleneckDetail detail = loaded();
        Section section = section("recognitions", "recognition.heading");
        if (detail.recognitions().isEmpty()) {
            section.add(new Paragraph(getTranslation("recognition.none")));
        }
        UnorderedList list = new UnorderedList();
        for (Recognition recognition : detail.recognitions()) {
            ListItem item = new ListItem(new Span(getTranslation(
                    "recognition.by",
                    recognition.regionName(),
                    recognition.recognisedBy(),
                    DutchFormats.date(recognition.recognisedAt()))));
            item.addClassName("recognition");
            if (recognition.quote() != null) {
                Html quote = new Html("<blockquote></blockquote>");
                quote.getElement().setText(recognition.quote());
                item.add(quote);
            }
            if (recognition.mayWithdraw()) {
                Button withdraw =
                        new Button(getTranslation("recognition.withdraw"), click -> confirmWithdraw(recognition));
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                withdraw.setAriaLabel(getTranslation("recognition.withdraw-for", recognition.regionName()));
                withdraw.addClassName("withdraw-recognition");
                item.add(withdraw);
            }
            list.add(item);
        }
        section.add(list);
        if (!detail.recogniseFor().isEmpty()) {
            Button recognise = new Button(
                    getTranslation("recognition.recognise"),
                    click -> new ModerationDialogs.RecogniseDialog(bottlenecks, b, detail.recogniseFor(), this::load)
                            .open());
            recognise.setId("recognise");
            recognise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(recognise);
        }
        return section;
    }

    private void confirmWithdraw(Recognition recognition) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("recognition.withdraw"),
                getTranslation("recognition.withdraw-confirm", recognition.regionName()),
                getTranslation("recognition.withdraw"),
                event -> {
                    bottlenecks.withdrawRecognition(recognition.id());
                    Notifications.success(getTranslation("recognition.withdrawn"));
                    load();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private Section timeline() {
        BottleneckDetail detail = loaded();
        Section section = section("timeline", "timeline.heading");
        Map<Long, String> regionNames =
                regions.allRegions().stream().collect(Collectors.toMap(RegionSummary::id, RegionSummary::name));
        OrderedList list = new OrderedList();
        for (TimelineEntry entry : detail.timeline()) {
            ListItem item = new ListItem();
            item.addClassName("timeline-entry");
            Span when = new Span(DutchFormats.dateTime(entry.occurredAt()) + " · " + entry.actorName());
            when.addClassName("timeline-when");
            item.add(when, new Div(new Span(TimelineText.describe(Translator.of(this), entry, regionNames))));
            switch (entry) {
                case TimelineEntry.MergedIn merged ->
                    item.add(BottleneckNavigation.bottleneck(merged.duplicateId())
                            .anchor(merged.duplicateTitle()));
                case TimelineEntry.MergedInto merged ->
                    item.add(BottleneckNavigation.bottleneck(merged.targetId()).anchor(merged.targetTitle()));
                default -> {}
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section comments() {
        BottleneckDetail detail = loaded();
        Section section = section("comments", "comment.heading");
        List<Comment> all = detail.comments();
        Div list = new Div();
        list.setId("comment-list");
        int earlier = allComments ? 0 : Math.max(0, all.size() - COMMENTS_SHOWN);
        all.subList(earlier, all.size()).forEach(comment -> list.add(comment(comment)));
        if (earlier > 0) {
            Button showEarlier = new Button(getTranslation("comment.earlier", earlier));
            showEarlier.setId("earlier-comments");
            showEarlier.addClickListener(click -> {
                allComments = true;
                list.remove(showEarlier);
                for (int i = 0; i < earlier; i++) {
                    list.addComponentAtIndex(i, comment(all.get(i)));
                }
            });
            list.addComponentAsFirst(showEarlier);
        }
        section.add(list);
        if (all.isEmpty()) {
            section.add(new Paragraph(getTranslation("comment.none")));
        }
        if (detail.mayComment()) {
            section.add(commentBox());
        }
        return section;
    }

    private Div comment(Comment comment) {
        BottleneckDetail detail = loaded();
        Div box = new Div();
        box.addClassName("comment");
        box.getElement().setAttribute("data-comment-id", String.valueOf(comment.id()));
        box.add(new Paragraph(comment.authorName() + " · " + DutchFormats.dateTime(comment.createdAt())));
        if (comment.edited()) {
            box.add(editMark(comment));
        }
        if (comment.hidden()) {
            box.addClassName("comment-hidden");
            box.add(new Paragraph(
                    comment.hiddenReason() == null
                            ? getTranslation("comment.hidden-placeholder")
                            : getTranslation(
                                    "comment.hidden-by",
                                    comment.hiddenBy(),
                                    DutchFormats.dateTime(Objects.requireNonNull(comment.hiddenAt(), "hidden, so set")),
                                    comment.hiddenReason())));
        }
        if (comment.body() != null) {
            box.add(new Html(SafeMarkdown.toHtml(comment.body())));
        }
        if (!comment.revisions().isEmpty()) {
            box.add(earlierVersions(comment));
        }
        if (comment.mayEdit()) {
            Button edit = new Button(
                    getTranslation("comment.edit"),
                    click -> new ModerationDialogs.EditCommentDialog(
                                    bottlenecks,
                                    comment,
                                    detail.mayModerate() && comment.authorId() != myId(),
                                    this::load)
                            .open());
            edit.addClassName("edit-comment");
            edit.setAriaLabel(getTranslation("comment.edit-for", comment.authorName()));
            box.add(edit);
        }
        if (detail.mayModerate()) {
            box.add(
                    comment.hidden()
                            ? new Button(getTranslation("comment.show"), click -> showAgain(comment))
                            : new Button(
                                    getTranslation("comment.hide"),
                                    click -> new ModerationDialogs.HideCommentDialog(bottlenecks, comment, this::load)
                                            .open()));
        }
        return box;
    }

    /** "Bewerkt" with when, by whom if not the author, and a facilitator's reason. */
    private Paragraph editMark(Comment comment) {
        String when = DutchFormats.dateTime(Objects.requireNonNull(comment.editedAt(), "edited, so set"));
        String text = Objects.equals(comment.editedBy(), comment.authorName())
                ? getTranslation("comment.edited", when)
                : getTranslation("comment.edited-by", comment.editedBy(), when);
        if (comment.editReason() != null) {
            text += " " + getTranslation("comment.edited-reason", comment.editReason());
        }
        Paragraph mark = new Paragraph(text);
        mark.addClassName("comment-edited");
        return mark;
    }

    /** The texts the comment had before each edit, for its author and facilitators. */
    private Details earlierVersions(Comment comment) {
        Div versions = new Div();
        for (CommentRevision revision : comment.revisions().reversed()) {
            Div version = new Div();
            version.addClassName("comment-revision");
            String changed =
                    getTranslation("comment.revision", DutchFormats.dateTime(revision.editedAt()), revision.editedBy());
            if (revision.reason() != null) {
                changed += " " + getTranslation("comment.edited-reason", revision.reason());
            }
            version.add(new Paragraph(changed));
            version.add(new Html(SafeMarkdown.toHtml(revision.previousBody())));
            versions.add(version);
        }
        Details details = new Details(
                getTranslation("comment.earlier-versions", comment.revisions().size()), versions);
        details.addClassName("comment-revisions");
        return details;
    }

    private long myId() {
        if (myId == null) {
            myId = users.myProfile().id();
        }
        return myId;
    }

    private void showAgain(Comment comment) {
        try {
            bottlenecks.showComment(comment.id(), comment.version());
            load();
        } catch (ConcurrentEditException stale) {
            ConcurrentEditDialog.open(this, this::load);
        }
    }

    private Component commentBox() {
        TextArea body = new TextArea(getTranslation("comment.new"));
        body.setId("comment-body");
        body.setWidthFull();
        body.setMaxLength(Comment.BODY_MAX);
        body.setHelperText(getTranslation("bottleneck.description-hint"));
        FormErrors errors = new FormErrors().bind("body", body);
        Button post = new Button(getTranslation("comment.post"));
        post.setId("post-comment");
        Div box = new Div(body, post);
        DraftKeeper draft =
                DraftKeeper.keep(box, DraftKey.forItem(DraftForm.BOTTLENECK_COMMENT, id), Map.of("body", body));
        post.addClickListener(click ->
                PersonalDataCheck.beforeSaving(this, getTranslation("comment.new"), errors.fields(), () -> {
                    try {
                        bottlenecks.comment(id, body.getValue());
                        draft.saved();
                        Notifications.success(getTranslation("comment.posted"));
                        load();
                    } catch (ValidationException invalid) {
                        errors.show(invalid, this);
                    }
                }));
        return box;
    }

    @Override
    public String getPageTitle() {
        return detail == null
                ? getTranslation("bottlenecks.title")
                : detail.bottleneck().title();
    }
}

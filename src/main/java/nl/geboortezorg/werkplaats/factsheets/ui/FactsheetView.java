package nl.geboortezorg.werkplaats.factsheets.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.Objects;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.ConcurrentEditDialog;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.LinkTarget;
import nl.geboortezorg.werkplaats.documents.ui.LinkedDocuments;
import nl.geboortezorg.werkplaats.factsheets.FactsheetDetail;
import nl.geboortezorg.werkplaats.factsheets.FactsheetDetail.VersionInfo;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetState;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion.Workflow;
import nl.geboortezorg.werkplaats.notifications.ItemType;
import nl.geboortezorg.werkplaats.notifications.NotificationService;
import nl.geboortezorg.werkplaats.notifications.ui.FollowButton;
import org.jspecify.annotations.Nullable;

/**
 * One factsheet: the version readers see (or, for the region's writers, the one being worked on),
 * its workflow buttons for those who may use them, earlier versions to read and compare, the PDF,
 * and linked documents.
 */
@Route("factsheets/:id")
@PermitAll
class FactsheetView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final FactsheetService factsheets;
    private final DocumentService documents;
    private final TranslationProvider translations;
    private long id;
    private @Nullable FactsheetDetail detail;
    private final NotificationService notifications;
    private @Nullable FactsheetVersion shown;

    FactsheetView(
            FactsheetService factsheets,
            DocumentService documents,
            TranslationProvider translations,
            NotificationService notifications) {
        this.notifications = notifications;
        this.factsheets = factsheets;
        this.documents = documents;
        this.translations = translations;
        addClassName("factsheet-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong(ID).orElse(-1L);
        detail = factsheets.detail(id).orElse(null);
        if (detail == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(current(detail));
    }

    /** Reads the factsheet again and shows the version being worked on, or else the published one. */
    private void reload() {
        detail = factsheets.detail(id).orElse(null);
        if (detail == null) {
            removeAll();
            add(new Paragraph(getTranslation("factsheet.gone")));
            return;
        }
        show(current(detail));
    }

    /** The version being worked on, or else the published one: a detail always has one of the two. */
    private static FactsheetVersion current(FactsheetDetail detail) {
        return detail.working() != null
                ? detail.working()
                : Objects.requireNonNull(detail.published(), "a detail has one of the two");
    }

    /** The factsheet shown; the parts of the page that read it are only built once it is loaded. */
    private FactsheetDetail loaded() {
        return Objects.requireNonNull(detail, "read only once loaded");
    }

    private void show(FactsheetVersion version) {
        FactsheetDetail detail = loaded();
        shown = version;
        removeAll();
        H2 title = new H2(version.title());
        title.setId("factsheet-title");
        add(title, badges(version), meta(version));
        String reviewComment = version.workflow().reviewComment();
        if (version.state() == FactsheetState.RETURNED && reviewComment != null) {
            Paragraph returned = new Paragraph(getTranslation(
                    "factsheet.returned-comment", version.workflow().reviewedBy(), reviewComment));
            returned.setId("review-comment");
            returned.addClassName("notice");
            add(returned);
        }
        FactsheetVersion.Withdrawal withdrawal = version.withdrawal();
        if (version.state() == FactsheetState.WITHDRAWN && withdrawal != null) {
            Paragraph withdrawn = new Paragraph(getTranslation(
                    "factsheet.withdrawn-notice",
                    withdrawal.withdrawnBy(),
                    DutchFormats.date(withdrawal.withdrawnAt()),
                    withdrawal.reason()));
            withdrawn.setId("withdrawal-notice");
            withdrawn.addClassName("notice");
            add(withdrawn);
        }
        if (detail.published() != null
                && detail.working() != null
                && version.id() == detail.working().id()) {
            Paragraph notice = new Paragraph(getTranslation(
                    "factsheet.published-stays", detail.published().number()));
            notice.addClassName("notice");
            add(notice);
        }
        add(
                actions(version),
                FactsheetContent.of(this, version),
                new LinkedDocuments(documents, LinkTarget.factsheet(id)));
    }

    private Component badges(FactsheetVersion version) {
        Span level =
                new Span(getTranslation("publication-level." + version.level().name()));
        level.getElement().getThemeList().add("badge");
        level.setId("factsheet-level-badge");
        Span state =
                new Span(getTranslation("factsheet-state." + version.state().name()));
        state.getElement().getThemeList().add("badge");
        state.getElement()
                .getThemeList()
                .add(
                        switch (version.state()) {
                            case PUBLISHED -> "success";
                            case WITHDRAWN -> "error";
                            default -> "contrast";
                        });
        state.setId("factsheet-state");
        HorizontalLayout badges = new HorizontalLayout(state, level);
        badges.setSpacing(true);
        return badges;
    }

    private Component meta(FactsheetVersion version) {
        Workflow workflow = version.workflow();
        Instant publishedAt = workflow.publishedAt();
        String when = publishedAt != null
                ? getTranslation("factsheet.published-on", DutchFormats.date(publishedAt))
                : getTranslation("factsheet.saved-on", workflow.savedBy(), DutchFormats.dateTime(workflow.savedAt()));
        Paragraph meta =
                new Paragraph(getTranslation("factsheet.meta", version.regionName(), version.number()) + " · " + when);
        meta.setId("factsheet-meta");
        return meta;
    }

    private Component actions(FactsheetVersion version) {
        FactsheetDetail detail = loaded();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("factsheet-actions");
        actions.setWrap(true);
        if (detail.mayEdit() && version.state().editable()) {
            Button edit = new Button(
                    getTranslation("action.edit"),
                    VaadinIcon.EDIT.create(),
                    click -> FactsheetDialog.edit(factsheets, version, this::reload)
                            .open());
            edit.setId("edit-factsheet");
            Button submit = new Button(
                    getTranslation("factsheet.submit"), VaadinIcon.PAPERPLANE.create(), click -> submit(version));
            submit.setId("submit-factsheet");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit, submit);
        }
        if (detail.mayEdit() && detail.working() == null && version.state().wasPublished()) {
            Button revise = new Button(getTranslation("factsheet.revise"), VaadinIcon.EDIT.create(), click -> {
                FactsheetVersion revision = factsheets.startRevision(id);
                reload();
                FactsheetDialog.edit(factsheets, revision, this::reload).open();
            });
            revise.setId("revise-factsheet");
            actions.add(revise);
        }
        if (detail.mayReview() && version.state() == FactsheetState.SUBMITTED) {
            Button returnButton = new Button(
                    getTranslation("factsheet.return"),
                    VaadinIcon.REPLY.create(),
                    click -> new ReturnDialog(factsheets, version, this::reload).open());
            returnButton.setId("return-factsheet");
            Button publish = new Button(
                    getTranslation("factsheet.publish"), VaadinIcon.CHECK.create(), click -> confirmPublish(version));
            publish.setId("publish-factsheet");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            actions.add(returnButton, publish);
        }
        FactsheetVersion working = detail.working();
        if (detail.mayEdit()
                && working != null
                && version.id() == working.id()
                && working.state().editable()) {
            Button delete = new Button(
                    getTranslation(detail.published() == null ? "factsheet.delete" : "factsheet.discard-revision"),
                    VaadinIcon.TRASH.create(),
                    click -> confirmDelete(working));
            delete.setId("delete-factsheet");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        FactsheetVersion published = detail.published();
        if (detail.mayReview() && published != null && published.state() == FactsheetState.PUBLISHED) {
            Button withdraw = new Button(
                    getTranslation("factsheet.withdraw"),
                    VaadinIcon.BAN.create(),
                    click -> new WithdrawDialog(factsheets, published, this::reload).open());
            withdraw.setId("withdraw-factsheet");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        Anchor pdf = FactsheetPdf.anchor(translations, this, getLocale(), version);
        actions.add(pdf, new FollowButton(notifications, ItemType.FACTSHEET, id));
        if (detail.versions().size() > 1) {
            Select<VersionInfo> versions = new Select<>();
            versions.setLabel(getTranslation("factsheet.version-to-show"));
            versions.setId("factsheet-version-select");
            versions.setItems(detail.versions());
            versions.setItemLabelGenerator(this::versionLabel);
            versions.setValue(detail.versions().stream()
                    .filter(v -> v.id() == version.id())
                    .findFirst()
                    .orElse(null));
            versions.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    factsheets.version(change.getValue().id()).ifPresent(this::show);
                }
            });
            Button compare = new Button(
                    getTranslation("factsheet.compare-versions"),
                    VaadinIcon.EXCHANGE.create(),
                    click -> new VersionCompareDialog(factsheets, detail.versions(), this::versionLabel).open());
            compare.setId("compare-versions");
            actions.add(versions, compare);
        }
        return actions;
    }

    String versionLabel(VersionInfo version) {
        return getTranslation(
                "factsheet.version-label",
                version.number(),
                getTranslation("factsheet-state." + version.state().name()),
                DutchFormats.date(version.publishedAt() != null ? version.publishedAt() : version.savedAt()));
    }

    private void submit(FactsheetVersion version) {
        try {
            factsheets.submit(version.id(), version.version());
            Notifications.success(getTranslation("factsheet.submitted"));
            reload();
        } catch (ValidationException invalid) {
            if (invalid.problems().stream().anyMatch(p -> p.field().equals("state"))) {
                Notifications.error(FormErrors.firstMessage(invalid, this));
                reload();
                return;
            }
            // Empty required sections: open the draft with each one marked.
            FactsheetDialog dialog = FactsheetDialog.edit(factsheets, version, this::reload);
            dialog.open();
            dialog.show(invalid);
        } catch (ConcurrentEditException stale) {
            ConcurrentEditDialog.open(this, this::reload);
        }
    }

    private void confirmPublish(FactsheetVersion version) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("factsheet.publish-confirm-title"));
        confirm.setText(getTranslation(
                "factsheet.publish-confirm",
                version.number(),
                getTranslation("publication-level." + version.level().name() + ".long")));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("factsheet.publish"));
        confirm.addConfirmListener(event -> {
            try {
                factsheets.publish(version.id(), version.version());
                Notifications.success(getTranslation("factsheet.published"));
            } catch (ValidationException invalid) {
                Notifications.error(FormErrors.firstMessage(invalid, this));
            } catch (ConcurrentEditException stale) {
                Notifications.error(getTranslation("concurrent-edit.reloaded"));
            }
            reload();
        });
        confirm.open();
    }

    /**
     * Asks before deleting the version being worked on, naming it: a factsheet never published
     * goes entirely, a draft revision goes back to the published version.
     */
    private void confirmDelete(FactsheetVersion working) {
        FactsheetDetail detail = loaded();
        FactsheetVersion published = detail.published();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("delete-factsheet-confirm");
        if (published == null) {
            confirm.setHeader(getTranslation("factsheet.delete-confirm-title"));
            confirm.setText(getTranslation("factsheet.delete-confirm", working.title()));
            confirm.setConfirmText(getTranslation("factsheet.delete"));
        } else {
            confirm.setHeader(getTranslation("factsheet.discard-confirm-title"));
            confirm.setText(
                    getTranslation("factsheet.discard-confirm", working.number(), working.title(), published.number()));
            confirm.setConfirmText(getTranslation("factsheet.discard-revision"));
        }
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.addConfirmListener(event -> {
            try {
                boolean gone = factsheets.deleteDraft(working.id(), working.version());
                if (gone) {
                    Notifications.success(getTranslation("factsheet.deleted"));
                    getUI().ifPresent(ui -> ui.navigate(FactsheetListView.class));
                    return;
                }
                Notifications.success(getTranslation("factsheet.revision-discarded"));
                reload();
            } catch (ValidationException invalid) {
                Notifications.error(FormErrors.firstMessage(invalid, this));
                reload();
            } catch (ConcurrentEditException stale) {
                ConcurrentEditDialog.open(this, this::reload);
            }
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? getTranslation("factsheets.title") : shown.title()) + " | "
                + getTranslation("app.name");
    }
}

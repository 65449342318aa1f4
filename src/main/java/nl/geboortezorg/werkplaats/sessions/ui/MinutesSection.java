package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.SafeMarkdown;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.ConcurrentEditDialog;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.sessions.CorrectionConflictException;
import nl.geboortezorg.werkplaats.sessions.CorrectionStatus;
import nl.geboortezorg.werkplaats.sessions.Minutes;
import nl.geboortezorg.werkplaats.sessions.MinutesCorrection;
import nl.geboortezorg.werkplaats.sessions.MinutesService;

/**
 * The published minutes of a closed session: version, attendees, the correction period, exports,
 * corrections awaiting the facilitator, and the version history.
 */
class MinutesSection extends Section {

    private final MinutesService service;
    private final Runnable changed;

    MinutesSection(
            MinutesService service, TranslationProvider translations, Minutes minutes, Instant now, Runnable changed) {
        this.service = service;
        this.changed = changed;
        setId("minutes");
        add(new H3(getTranslation("minutes.heading")));
        Paragraph version = new Paragraph(getTranslation(
                "minutes.version",
                minutes.closing().version(),
                DutchFormats.dateTime(minutes.closing().closedAt()),
                minutes.closing().closedBy()));
        version.setId("minutes-version");
        add(version);

        add(new H4(getTranslation("session.attendees")));
        UnorderedList attendees = new UnorderedList();
        attendees.setId("attendees-list");
        minutes.attendees().forEach(attendee -> attendees.add(new ListItem(attendee.displayName())));
        add(minutes.attendees().isEmpty() ? new Paragraph(getTranslation("minutes.attendees.none")) : attendees);

        add(exports(
                service, translations, minutes.session().id(), minutes.session().title()));

        Paragraph period = new Paragraph(
                now.isAfter(minutes.correctionsUntil())
                        ? getTranslation(
                                "minutes.correction.period-over", DutchFormats.dateTime(minutes.correctionsUntil()))
                        : getTranslation(
                                "minutes.correction.period", DutchFormats.dateTime(minutes.correctionsUntil())));
        period.setId("correction-period");
        add(period);
        if (minutes.mayProposeCorrection()) {
            Button propose = new Button(
                    getTranslation("minutes.correction.new"),
                    VaadinIcon.EDIT.create(),
                    click -> new CorrectionDialog(service, minutes, changed).open());
            propose.setId("propose-correction");
            add(propose);
        }
        if (!minutes.pending().isEmpty()) {
            Div pending = new Div(new H4(getTranslation("minutes.pending")));
            pending.setId("pending-corrections");
            minutes.pending()
                    .forEach(correction -> pending.add(pendingCorrection(correction, minutes.mayDecideCorrections())));
            add(pending);
        }
        add(history(minutes));
    }

    private Div exports(MinutesService service, TranslationProvider translations, long sessionId, String title) {
        Locale locale = getLocale();
        MinutesMarkdown.Texts texts = (key, arguments) -> translations.getTranslation(key, locale, arguments);
        String fileName = "verslag-" + sessionId;
        Anchor markdown = new Anchor(
                DownloadHandler.fromInputStream(event -> service.minutes(sessionId)
                        .map(found -> {
                            byte[] bytes = MinutesMarkdown.render(found, texts).getBytes(StandardCharsets.UTF_8);
                            return new DownloadResponse(
                                    new ByteArrayInputStream(bytes),
                                    fileName + ".md",
                                    "text/markdown; charset=utf-8",
                                    bytes.length);
                        })
                        .orElseGet(() -> DownloadResponse.error(404))),
                getTranslation("minutes.export.markdown"));
        markdown.setId("export-markdown");
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> service.minutes(sessionId)
                        .map(found -> {
                            byte[] bytes = MinutesPdf.render(
                                    MinutesMarkdown.render(found, texts), title, locale.getLanguage());
                            return new DownloadResponse(
                                    new ByteArrayInputStream(bytes),
                                    fileName + ".pdf",
                                    "application/pdf",
                                    bytes.length);
                        })
                        .orElseGet(() -> DownloadResponse.error(404))),
                getTranslation("minutes.export.pdf"));
        pdf.setId("export-pdf");
        Div exports = new Div(markdown, pdf);
        exports.addClassName("minutes-exports");
        return exports;
    }

    private Div pendingCorrection(MinutesCorrection correction, boolean mayDecide) {
        Div box = new Div();
        box.addClassName("pending-correction");
        box.add(new Paragraph(getTranslation(
                "minutes.correction.summary",
                correction.agendaItemTitle(),
                correction.proposedBy(),
                DutchFormats.dateTime(correction.proposedAt()),
                correction.reason())));
        box.add(new Html(SafeMarkdown.toHtml(correction.proposedText())));
        if (mayDecide) {
            Button accept = new Button(getTranslation("minutes.correction.accept"));
            accept.addClassName("accept-correction");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            accept.addClickListener(click -> accept(accept, correction));
            Button reject = new Button(getTranslation("minutes.correction.reject"));
            reject.addClassName("reject-correction");
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
            reject.addClickListener(click -> rejectDialog(correction).open());
            box.add(new Div(accept, reject));
        }
        return box;
    }

    private Dialog rejectDialog(MinutesCorrection correction) {
        Dialog dialog = new Dialog(getTranslation("minutes.correction.reject"));
        TextArea note = new TextArea(getTranslation("minutes.correction.reject-reason"));
        note.setId("reject-reason");
        note.setWidthFull();
        note.setRequiredIndicatorVisible(true);
        note.setMaxLength(MinutesCorrection.REASON_MAX);
        FormErrors errors = new FormErrors().bind("note", note);
        dialog.add(note);
        Button confirm = new Button(getTranslation("minutes.correction.reject"));
        confirm.setId("confirm-reject");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            try {
                service.rejectCorrection(correction.id(), correction.version(), note.getValue());
                dialog.close();
                Notifications.success(getTranslation("minutes.correction.rejected"));
                changed.run();
            } catch (ValidationException invalid) {
                errors.show(invalid, dialog);
            } catch (ConcurrentEditException stale) {
                // The reason stays in the open dialog until the user chooses to reload.
                ConcurrentEditDialog.open(confirm, () -> {
                    dialog.close();
                    changed.run();
                });
            }
        });
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(32rem, 95vw)");
        return dialog;
    }

    /**
     * Accepts the correction; when the notes changed since it was proposed, shows both texts and
     * offers to reject it instead.
     */
    private void accept(Button button, MinutesCorrection correction) {
        try {
            service.acceptCorrection(correction.id(), correction.version(), null);
            Notifications.success(getTranslation("minutes.correction.accepted"));
            changed.run();
        } catch (CorrectionConflictException conflict) {
            new CorrectionConflictDialog(
                            conflict, () -> rejectDialog(correction).open())
                    .open();
        } catch (ConcurrentEditException stale) {
            ConcurrentEditDialog.open(button, changed);
        } catch (ValidationException refused) {
            Notifications.error(FormErrors.firstMessage(refused, this));
            changed.run();
        }
    }

    private Div history(Minutes minutes) {
        Div history = new Div(new H4(getTranslation("minutes.history")));
        history.setId("minutes-history");
        UnorderedList versions = new UnorderedList();
        versions.add(new ListItem(getTranslation(
                "minutes.history.first",
                DutchFormats.dateTime(minutes.closing().closedAt()),
                minutes.closing().closedBy())));
        for (MinutesCorrection correction : minutes.accepted()) {
            ListItem entry = new ListItem(getTranslation(
                    "minutes.history.correction",
                    correction.minutesVersion(),
                    correction.agendaItemTitle(),
                    correction.proposedBy(),
                    correction.decidedBy(),
                    DutchFormats.dateTime(correction.decidedAt()),
                    correction.reason()));
            Details before = new Details(
                    getTranslation("minutes.history.previous-text"),
                    new Html(SafeMarkdown.toHtml(correction.previousText())));
            entry.add(before);
            versions.add(entry);
        }
        minutes.corrections().stream()
                .filter(c -> c.status() == CorrectionStatus.REJECTED)
                .forEach(correction -> versions.add(new ListItem(getTranslation(
                        "minutes.history.rejected",
                        correction.agendaItemTitle(),
                        correction.proposedBy(),
                        correction.decidedBy(),
                        correction.decisionNote()))));
        history.add(versions);
        return history;
    }
}

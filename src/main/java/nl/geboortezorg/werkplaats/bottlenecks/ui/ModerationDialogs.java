package nl.geboortezorg.werkplaats.bottlenecks.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.geboortezorg.werkplaats.bottlenecks.Addressee;
import nl.geboortezorg.werkplaats.bottlenecks.AgendaDraft;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFilter;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckSort;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckSummary;
import nl.geboortezorg.werkplaats.bottlenecks.Comment;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.bottlenecks.Recognition;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry;
import nl.geboortezorg.werkplaats.bottlenecks.TrackOwner;
import nl.geboortezorg.werkplaats.common.ui.FormDialog;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.ui.DraftKeeper;
import nl.geboortezorg.werkplaats.regions.RegionChoice;

/**
 * The dialogs of the bottleneck page: recognising, and the facilitators' steps on the national
 * agenda. The longer texts (quote, agenda fields, response, follow-up) are kept as drafts; the
 * short notes of a status change and the reason for hiding a comment are not.
 */
final class ModerationDialogs {

    private ModerationDialogs() {}

    /** "Recognised in our region", with an optional quote from practice. */
    static final class RecogniseDialog extends FormDialog {

        final Select<RegionChoice> region = new Select<>();
        final TextArea quote;

        RecogniseDialog(
                BottleneckService bottlenecks, Bottleneck bottleneck, List<RegionChoice> regions, Runnable saved) {
            super("");
            setHeaderTitle(getTranslation("recognition.dialog-title"));
            region.setLabel(getTranslation("recognition.region"));
            region.setId("recognition-region");
            region.setItems(regions);
            region.setItemLabelGenerator(RegionChoice::name);
            region.setValue(regions.getFirst());
            quote = textArea("recognition-quote", "recognition.quote", Recognition.QUOTE_MAX);
            quote.setHelperText(getTranslation("recognition.quote-hint"));
            errors.bind("regionId", region).bind("quote", quote);
            add(new Paragraph(getTranslation("recognition.explanation", bottleneck.regionName())));
            if (regions.size() > 1) {
                add(region);
            }
            add(quote);
            onSave(
                    "save-recognition",
                    () -> bottlenecks.recognise(
                            bottleneck.id(), region.getValue().id(), quote.getValue()),
                    "recognition.saved",
                    saved);
            DraftKeeper.keep(this, DraftKey.forItem(DraftForm.RECOGNITION, bottleneck.id()), Map.of("quote", quote));
        }
    }

    /** Moves the bottleneck to one of the statuses its current one allows; closing needs a reason. */
    static final class StatusDialog extends FormDialog {

        final Select<BottleneckStatus> status = new Select<>();
        final TextArea note;

        StatusDialog(NationalAgendaService agenda, Bottleneck bottleneck, Runnable saved) {
            super("");
            setHeaderTitle(getTranslation("status-dialog.title"));
            status.setLabel(getTranslation("status-dialog.new-status"));
            status.setId("new-status");
            status.setItems(bottleneck.status().next());
            status.setItemLabelGenerator(s -> getTranslation("bottleneck-status." + s.name()));
            note = textArea("status-note", "status-dialog.note", TimelineEntry.TEXT_MAX);
            note.setHelperText(getTranslation("status-dialog.note-hint"));
            errors.bind("status", status).bind("note", note);
            add(status, note);
            onSave(
                    "save-status",
                    () -> agenda.changeStatus(
                            bottleneck.id(), bottleneck.version(), status.getValue(), note.getValue()),
                    "status-dialog.saved",
                    saved);
        }
    }

    /** Puts the bottleneck on the national agenda, or changes its agenda fields once there. */
    static final class AgendaDialog extends FormDialog {

        /** What a bottleneck not yet on the agenda starts from. */
        private static final Bottleneck.AgendaPlace NOT_YET =
                new Bottleneck.AgendaPlace(null, null, null, null, null, null);

        final CheckboxGroup<Addressee> addressees = new CheckboxGroup<>();
        final TextArea solution;
        final TextArea nextStep;
        final ComboBox<TrackOwner> owner = new ComboBox<>();
        final DatePicker followUp;

        AgendaDialog(
                NationalAgendaService agenda,
                Bottleneck bottleneck,
                Long currentUserId,
                LocalDate today,
                Runnable saved) {
            super("");
            boolean promote = !bottleneck.onAgenda();
            Bottleneck.AgendaPlace place = promote ? NOT_YET : bottleneck.agenda();
            setHeaderTitle(getTranslation(promote ? "agenda-dialog.promote-title" : "agenda-dialog.edit-title"));
            addressees.setLabel(getTranslation("bottleneck.addressees"));
            addressees.setId("agenda-addressees");
            addressees.setItems(Addressee.values());
            addressees.setItemLabelGenerator(a -> getTranslation("addressee." + a.name()));
            addressees.setValue(bottleneck.addressees());
            addressees.setRequiredIndicatorVisible(true);
            solution =
                    textArea("agenda-solution", "agenda-dialog.proposed-solution", AgendaDraft.PROPOSED_SOLUTION_MAX);
            solution.setValue(Objects.requireNonNullElse(place.proposedSolution(), ""));
            nextStep = textArea("agenda-next-step", "agenda-dialog.next-step", AgendaDraft.NEXT_STEP_MAX);
            nextStep.setValue(Objects.requireNonNullElse(place.nextStep(), ""));
            nextStep.setRequiredIndicatorVisible(true);
            owner.setLabel(getTranslation("agenda-dialog.owner"));
            owner.setId("agenda-owner");
            List<TrackOwner> owners = agenda.trackOwners();
            owner.setItems(owners);
            owner.setItemLabelGenerator(TrackOwner::displayName);
            Long preferred = place.trackOwnerId() != null ? place.trackOwnerId() : currentUserId;
            owners.stream()
                    .filter(o -> preferred != null && o.id() == preferred)
                    .findFirst()
                    .ifPresent(owner::setValue);
            owner.setRequiredIndicatorVisible(true);
            followUp = datePicker(
                    "agenda-follow-up",
                    "agenda-dialog.follow-up-date",
                    place.followUpDate() != null ? place.followUpDate() : today.plusWeeks(4));
            errors.bind("addressees", addressees)
                    .bind("proposedSolution", solution)
                    .bind("nextStep", nextStep)
                    .bind("trackOwnerId", owner)
                    .bind("followUpDate", followUp);
            FormLayout form = new FormLayout(addressees, solution, nextStep, owner, followUp);
            form.setColspan(addressees, 2);
            form.setColspan(solution, 2);
            form.setColspan(nextStep, 2);
            add(form);
            onSave(
                    "save-agenda",
                    () -> {
                        AgendaDraft draft = new AgendaDraft(
                                addressees.getValue(),
                                solution.getValue(),
                                nextStep.getValue(),
                                owner.getValue() == null
                                        ? null
                                        : owner.getValue().id(),
                                followUp.getValue());
                        if (promote) {
                            agenda.promote(bottleneck.id(), bottleneck.version(), draft);
                        } else {
                            agenda.updateAgenda(bottleneck.id(), bottleneck.version(), draft);
                        }
                    },
                    promote ? "agenda-dialog.promoted" : "agenda-dialog.saved",
                    saved);
            DraftKeeper.keep(
                    this,
                    DraftKey.forItem(DraftForm.AGENDA_PLACE, bottleneck.id()),
                    Map.of("proposed-solution", solution, "next-step", nextStep));
        }
    }

    /** What an addressee answered. */
    static final class ResponseDialog extends FormDialog {

        final Select<Addressee> addressee = new Select<>();
        final TextArea text;

        ResponseDialog(NationalAgendaService agenda, Bottleneck bottleneck, Runnable saved) {
            super("");
            setHeaderTitle(getTranslation("response-dialog.title"));
            addressee.setLabel(getTranslation("bottleneck.addressee"));
            addressee.setId("response-addressee");
            addressee.setItems(Addressee.values());
            addressee.setItemLabelGenerator(a -> getTranslation("addressee." + a.name()));
            bottleneck.addressees().stream().sorted().findFirst().ifPresent(addressee::setValue);
            text = textArea("response-text", "response-dialog.text", TimelineEntry.TEXT_MAX);
            text.setRequiredIndicatorVisible(true);
            errors.bind("addressee", addressee).bind("text", text);
            add(addressee, text);
            onSave(
                    "save-response",
                    () -> agenda.recordResponse(bottleneck.id(), addressee.getValue(), text.getValue()),
                    "response-dialog.saved",
                    saved);
            DraftKeeper.keep(
                    this, DraftKey.forItem(DraftForm.ADDRESSEE_RESPONSE, bottleneck.id()), Map.of("text", text));
        }
    }

    /** A follow-up: what happened, the next step and when to look again. */
    static final class FollowUpDialog extends FormDialog {

        final TextArea note;
        final TextArea nextStep;
        final DatePicker followUp;

        FollowUpDialog(NationalAgendaService agenda, Bottleneck bottleneck, LocalDate today, Runnable saved) {
            super("");
            setHeaderTitle(getTranslation("follow-up-dialog.title"));
            note = textArea("follow-up-note", "follow-up-dialog.note", TimelineEntry.TEXT_MAX);
            note.setRequiredIndicatorVisible(true);
            nextStep = textArea("follow-up-next-step", "agenda-dialog.next-step", AgendaDraft.NEXT_STEP_MAX);
            nextStep.setRequiredIndicatorVisible(true);
            followUp = datePicker("follow-up-date", "agenda-dialog.follow-up-date", today.plusWeeks(4));
            errors.bind("text", note).bind("nextStep", nextStep).bind("followUpDate", followUp);
            add(note, nextStep, followUp);
            onSave(
                    "save-follow-up",
                    () -> agenda.recordFollowUp(
                            bottleneck.id(),
                            bottleneck.version(),
                            note.getValue(),
                            nextStep.getValue(),
                            followUp.getValue()),
                    "follow-up-dialog.saved",
                    saved);
            DraftKeeper.keep(
                    this,
                    DraftKey.forItem(DraftForm.FOLLOW_UP, bottleneck.id()),
                    Map.of("note", note, "next-step", nextStep));
        }
    }

    /** Picks duplicates of this bottleneck to merge into it. */
    static final class MergeDialog extends FormDialog {

        final MultiSelectComboBox<BottleneckSummary> duplicates = new MultiSelectComboBox<>();

        MergeDialog(BottleneckService bottlenecks, NationalAgendaService agenda, Bottleneck target, Runnable saved) {
            super("");
            setHeaderTitle(getTranslation("merge-dialog.title"));
            duplicates.setLabel(getTranslation("merge-dialog.duplicates"));
            duplicates.setId("merge-duplicates");
            duplicates.setWidthFull();
            duplicates.setItemLabelGenerator(b -> b.title() + " (" + b.regionName() + ")");
            duplicates.setItems(query ->
                    bottlenecks
                            .find(candidates(query.getFilter().orElse("")), query.getOffset(), query.getLimit())
                            .stream()
                            .filter(b -> b.id() != target.id()));
            errors.bind("duplicates", duplicates);
            add(new Paragraph(getTranslation("merge-dialog.explanation", target.title())), duplicates);
            onSave(
                    "save-merge",
                    () -> {
                        Set<Long> ids = new HashSet<>();
                        duplicates.getValue().forEach(b -> ids.add(b.id()));
                        agenda.merge(target.id(), ids);
                    },
                    "merge-dialog.saved",
                    saved);
        }

        private static BottleneckFilter candidates(String text) {
            String search =
                    text.length() > BottleneckFilter.TEXT_MAX ? text.substring(0, BottleneckFilter.TEXT_MAX) : text;
            return new BottleneckFilter(null, null, null, null, search, BottleneckSort.TITLE, false);
        }
    }

    /** Hides a comment with a reason; the comment is kept. */
    static final class HideCommentDialog extends FormDialog {

        final TextArea reason;

        HideCommentDialog(BottleneckService bottlenecks, Comment comment, Runnable saved) {
            super("");
            setHeaderTitle(getTranslation("comment.hide-title"));
            reason = textArea("hide-reason", "comment.hide-reason", Comment.HIDDEN_REASON_MAX);
            reason.setRequiredIndicatorVisible(true);
            errors.bind("reason", reason);
            add(new Paragraph(getTranslation("comment.hide-explanation")), reason);
            onSave(
                    "save-hide",
                    () -> bottlenecks.hideComment(comment.id(), comment.version(), reason.getValue()),
                    "comment.hidden-message",
                    saved);
        }
    }

    /**
     * Edits a comment's text. Its author needs no reason; a facilitator editing someone else's
     * comment gives one, which is shown with the edit mark. The text is kept as a draft per comment.
     */
    static final class EditCommentDialog extends FormDialog {

        final TextArea body;
        final TextArea reason;

        EditCommentDialog(BottleneckService bottlenecks, Comment comment, boolean reasonRequired, Runnable saved) {
            super("");
            setHeaderTitle(getTranslation("comment.edit-title"));
            body = textArea("edit-comment-body", "comment.edit-body", Comment.BODY_MAX);
            body.setValue(Objects.requireNonNullElse(comment.body(), ""));
            body.setRequiredIndicatorVisible(true);
            body.setHelperText(getTranslation("bottleneck.description-hint"));
            reason = textArea("edit-comment-reason", "comment.edit-reason", Comment.EDIT_REASON_MAX);
            reason.setRequiredIndicatorVisible(reasonRequired);
            reason.setHelperText(getTranslation(
                    reasonRequired ? "comment.edit-reason-hint-facilitator" : "comment.edit-reason-hint"));
            errors.bind("body", body).bind("reason", reason);
            add(new Paragraph(getTranslation("comment.edit-explanation")), body, reason);
            onSave(
                    "save-comment-edit",
                    () -> bottlenecks.editComment(comment.id(), comment.version(), body.getValue(), reason.getValue()),
                    "comment.edited-message",
                    saved);
            DraftKeeper.keep(
                    this,
                    DraftKey.forItem(DraftForm.COMMENT_EDIT, comment.id()),
                    Map.of("body", body, "reason", reason));
        }
    }

    /** The region withdraws its own bottleneck before it reaches the national agenda, with a reason. */
    static final class WithdrawDialog extends FormDialog {

        final TextArea reason;

        WithdrawDialog(BottleneckService bottlenecks, Bottleneck bottleneck, Runnable saved) {
            super("");
            setHeaderTitle(getTranslation("withdraw-dialog.title"));
            reason = textArea("withdraw-reason", "withdraw-dialog.reason", Bottleneck.CLOSED_REASON_MAX);
            reason.setRequiredIndicatorVisible(true);
            errors.bind("reason", reason);
            add(new Paragraph(getTranslation("withdraw-dialog.explanation", bottleneck.regionName())), reason);
            onSave(
                    "save-withdraw",
                    () -> bottlenecks.withdraw(bottleneck.id(), bottleneck.version(), reason.getValue()),
                    "withdraw-dialog.saved",
                    saved);
        }
    }

    /** A facilitator reopens an addressed, closed or withdrawn bottleneck, with a reason. */
    static final class ReopenDialog extends FormDialog {

        final TextArea reason;

        ReopenDialog(NationalAgendaService agenda, Bottleneck bottleneck, Runnable saved) {
            super("");
            setHeaderTitle(getTranslation("reopen-dialog.title"));
            reason = textArea("reopen-reason", "reopen-dialog.reason", TimelineEntry.TEXT_MAX);
            reason.setRequiredIndicatorVisible(true);
            errors.bind("reason", reason);
            add(
                    new Paragraph(getTranslation(
                            "reopen-dialog.explanation",
                            getTranslation("bottleneck-status."
                                    + bottleneck
                                            .status()
                                            .reopenedTo(bottleneck.onAgenda())
                                            .name()))),
                    reason);
            onSave(
                    "save-reopen",
                    () -> agenda.reopen(bottleneck.id(), bottleneck.version(), reason.getValue()),
                    "reopen-dialog.saved",
                    saved);
        }
    }
}

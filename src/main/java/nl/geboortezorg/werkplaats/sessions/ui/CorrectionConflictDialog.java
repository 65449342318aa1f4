package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import nl.geboortezorg.werkplaats.sessions.CorrectionConflictException;

/**
 * Accepting a correction was refused because the item's notes changed since it was proposed: the
 * decider sees the notes as they read now next to the proposed text, and may reject the
 * correction with a note (its proposer can then propose anew on the current text).
 */
final class CorrectionConflictDialog extends Dialog {

    CorrectionConflictDialog(CorrectionConflictException conflict, Runnable reject) {
        setId("correction-conflict");
        setHeaderTitle(getTranslation("minutes.correction.conflict.title"));
        add(new Paragraph(getTranslation(
                "minutes.correction.conflict.text", conflict.correction().agendaItemTitle())));
        Div texts = new Div(
                text("correction-conflict-current", "minutes.correction.conflict.current", conflict.currentText()),
                text("correction-conflict-proposed", "minutes.correction.conflict.proposed", conflict.proposedText()));
        texts.addClassName("correction-conflict-texts");
        texts.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(16rem, 1fr))");
        texts.getStyle().set("gap", "var(--lumo-space-m)");
        add(texts);
        Button close = new Button(getTranslation("action.close"), click -> close());
        close.setId("close-correction-conflict");
        Button rejecting = new Button(getTranslation("minutes.correction.conflict.reject"), click -> {
            close();
            reject.run();
        });
        rejecting.setId("reject-conflicting-correction");
        rejecting.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close, rejecting);
        setWidth("min(56rem, 95vw)");
    }

    private Section text(String id, String headingKey, String text) {
        H3 heading = new H3(getTranslation(headingKey));
        heading.setId(id + "-heading");
        Pre shown = new Pre(text);
        shown.setId(id);
        shown.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        Section section = new Section(heading, shown);
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        return section;
    }
}

package nl.geboortezorg.werkplaats.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Several components that form one field of a form (a file picker with its status, rows of key
 * figures): a label above, and below them the problem a service found, announced to screen readers.
 */
public class FieldGroup extends Div implements HasValidation {

    private final Div content = new Div();
    private final Span error = new Span();

    public FieldGroup(String id, String label) {
        setId(id);
        addClassName("field-group");
        Span caption = new Span(label);
        caption.addClassName("field-label");
        error.setId(id + "-error");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        super.add(caption, content, error);
    }

    /** Adds to the group's content, above the error line. */
    @Override
    public void add(Component... components) {
        content.add(components);
    }

    /** Shows a problem at once, without a service round. */
    public void refuse(String message) {
        setErrorMessage(message);
        setInvalid(true);
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}

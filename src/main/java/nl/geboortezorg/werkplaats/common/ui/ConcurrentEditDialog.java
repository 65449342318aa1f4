package nl.geboortezorg.werkplaats.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Tells the user that someone else saved first. Their own input stays where it is (the form is not
 * closed), so they can copy it before they reload the other person's version.
 */
public final class ConcurrentEditDialog {

    private ConcurrentEditDialog() {}

    public static ConfirmDialog open(Component anchor, Runnable reload) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(anchor.getTranslation("concurrent-edit.title"));
        dialog.setText(anchor.getTranslation("concurrent-edit.message"));
        dialog.setConfirmText(anchor.getTranslation("concurrent-edit.reload"));
        dialog.setConfirmButtonTheme(ButtonVariant.LUMO_PRIMARY.getVariantName());
        dialog.setCancelable(true);
        dialog.setCancelText(anchor.getTranslation("concurrent-edit.keep-editing"));
        dialog.addConfirmListener(event -> reload.run());
        dialog.open();
        return dialog;
    }
}

package nl.geboortezorg.werkplaats.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.VaadinService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.PersonalData;
import nl.geboortezorg.werkplaats.common.PersonalDataConfirmations;

/**
 * Before a form saves, looks at its text fields for what may be personal data of a patient (a date
 * of birth or a phone number next to a person). When it finds some, the user edits the text or
 * confirms, and the confirmation is recorded; without findings the form saves at once. A citizen
 * service number is not asked about: the service refuses it.
 */
public final class PersonalDataCheck {

    private PersonalDataCheck() {}

    /** What the text holds that may be personal data; warnings only (the service refuses the rest). */
    public static List<PersonalData.Finding> warnings(String text) {
        return PersonalData.scan(text).stream()
                .filter(finding -> !finding.refuses())
                .toList();
    }

    /** Records in the audit trail that the user saves such text anyway: form, fields and kinds, never the text. */
    public static void confirmed(String formName, List<String> fields, Set<PersonalData.Kind> kinds) {
        VaadinService.getCurrent()
                .getInstantiator()
                .getOrCreate(PersonalDataConfirmations.class)
                .confirmed(formName, fields, kinds);
    }

    /** What the form's fields hold that may be personal data, by field name; warnings only. */
    static Map<String, List<PersonalData.Finding>> warnings(Map<String, HasValidation> fields) {
        Map<String, List<PersonalData.Finding>> found = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            if (field instanceof HasValue<?, ?> hasValue && hasValue.getValue() instanceof String text) {
                List<PersonalData.Finding> warnings = warnings(text);
                if (!warnings.isEmpty()) {
                    found.put(name, warnings);
                }
            }
        });
        return found;
    }

    /**
     * Saves at once when the fields hold nothing that looks like a patient's data; otherwise asks
     * first, and saves (recording the confirmation) only when the user says so.
     */
    public static void beforeSaving(Component form, String formName, Map<String, HasValidation> fields, Runnable save) {
        Map<String, List<PersonalData.Finding>> found = warnings(fields);
        if (found.isEmpty()) {
            save.run();
            return;
        }
        UnorderedList list = new UnorderedList();
        Set<PersonalData.Kind> kinds = EnumSet.noneOf(PersonalData.Kind.class);
        found.forEach((name, findings) -> findings.forEach(finding -> {
            kinds.add(finding.kind());
            HasValidation field = fields.get(name);
            String label =
                    field instanceof HasLabel labelled && labelled.getLabel() != null ? labelled.getLabel() : name;
            list.add(new ListItem(form.getTranslation(
                    "personal-data.finding",
                    label,
                    form.getTranslation("personal-data.kind." + finding.kind().name()),
                    finding.excerpt())));
        }));
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("personal-data-warning");
        confirm.setHeader(form.getTranslation("personal-data.title"));
        confirm.add(new Paragraph(form.getTranslation("personal-data.intro")), list);
        confirm.setCancelable(true);
        confirm.setCancelText(form.getTranslation("personal-data.edit"));
        confirm.setConfirmText(form.getTranslation("personal-data.save-anyway"));
        confirm.addConfirmListener(event -> {
            confirmed(
                    formName == null ? form.getClass().getSimpleName() : formName,
                    new ArrayList<>(found.keySet()),
                    kinds);
            save.run();
        });
        confirm.open();
    }
}

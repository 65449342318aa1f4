package nl.geboortezorg.werkplaats.factsheets;

/**
 * The sections of a factsheet, in reading order. The field is the name forms and field errors
 * use; a required section must be filled in before the factsheet can be submitted.
 */
public enum FactsheetSection {
    CONTEXT("context", true),
    TARGET_GROUP("targetGroup", true),
    APPROACH("approach", true),
    PARTNERS("partners", true),
    RESULTS("results", true),
    LESSONS("lessons", true),
    FINANCING("financing", false),
    CONTACT("contact", true);

    private final String field;
    private final boolean required;

    FactsheetSection(String field, boolean required) {
        this.field = field;
        this.required = required;
    }

    public String field() {
        return field;
    }

    public boolean required() {
        return required;
    }
}

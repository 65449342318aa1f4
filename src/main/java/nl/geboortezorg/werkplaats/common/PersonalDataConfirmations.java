package nl.geboortezorg.werkplaats.common;

import java.util.List;
import java.util.Set;

/**
 * Records that a user saw a personal-data warning on a form and chose to save anyway. Forms ask
 * before they save; the record goes to the audit trail, without the text itself.
 */
public interface PersonalDataConfirmations {

    void confirmed(String form, List<String> fields, Set<PersonalData.Kind> kinds);
}

package nl.geboortezorg.werkplaats.users;

import nl.geboortezorg.werkplaats.regions.OrganisationType;
import org.jspecify.annotations.Nullable;

/** What a user says about themselves on their profile: name, job title and discipline (both optional). */
public record ProfileDraft(
        @Nullable String displayName,
        @Nullable String jobTitle,
        @Nullable OrganisationType organisationType) {

    public static final int JOB_TITLE_MAX = 100;
}

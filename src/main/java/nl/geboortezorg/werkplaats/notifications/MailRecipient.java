package nl.geboortezorg.werkplaats.notifications;

import nl.geboortezorg.werkplaats.common.Language;

/** Someone to mail: an active user who has not switched the kind of mail off. */
public record MailRecipient(long userId, String email, String displayName, Language language) {}

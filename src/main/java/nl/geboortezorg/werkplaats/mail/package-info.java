/**
 * Outgoing e-mail: one message in the recipient's language, as HTML with a plain-text part, with
 * links built from the configured base address, optionally an iCalendar invitation. Sent only when
 * a mail server is configured.
 */
@NullMarked
package nl.geboortezorg.werkplaats.mail;

import org.jspecify.annotations.NullMarked;

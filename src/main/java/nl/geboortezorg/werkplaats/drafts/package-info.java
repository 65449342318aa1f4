/** Unsaved text kept on the server for its writer alone, offered again when the same form is opened. */
@NullMarked
package nl.geboortezorg.werkplaats.drafts;

import org.jspecify.annotations.NullMarked;

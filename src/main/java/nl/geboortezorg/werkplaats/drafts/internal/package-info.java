@NullMarked
package nl.geboortezorg.werkplaats.drafts.internal;

import org.jspecify.annotations.NullMarked;

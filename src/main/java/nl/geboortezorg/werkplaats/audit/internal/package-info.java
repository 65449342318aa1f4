@NullMarked
package nl.geboortezorg.werkplaats.audit.internal;

import org.jspecify.annotations.NullMarked;

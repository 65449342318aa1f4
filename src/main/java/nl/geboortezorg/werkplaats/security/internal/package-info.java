@NullMarked
package nl.geboortezorg.werkplaats.security.internal;

import org.jspecify.annotations.NullMarked;

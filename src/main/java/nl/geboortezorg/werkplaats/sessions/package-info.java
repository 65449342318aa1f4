@NullMarked
package nl.geboortezorg.werkplaats.sessions;

import org.jspecify.annotations.NullMarked;

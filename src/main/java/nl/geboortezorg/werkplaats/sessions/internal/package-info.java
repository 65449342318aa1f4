@NullMarked
package nl.geboortezorg.werkplaats.sessions.internal;

import org.jspecify.annotations.NullMarked;

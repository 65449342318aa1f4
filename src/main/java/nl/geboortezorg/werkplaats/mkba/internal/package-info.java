@NullMarked
package nl.geboortezorg.werkplaats.mkba.internal;

import org.jspecify.annotations.NullMarked;

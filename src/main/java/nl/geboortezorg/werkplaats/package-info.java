@NullMarked
package nl.geboortezorg.werkplaats;

import org.jspecify.annotations.NullMarked;

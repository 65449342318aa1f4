@NullMarked
package nl.geboortezorg.werkplaats.mkba;

import org.jspecify.annotations.NullMarked;

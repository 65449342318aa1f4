@NullMarked
package nl.geboortezorg.werkplaats.regions;

import org.jspecify.annotations.NullMarked;

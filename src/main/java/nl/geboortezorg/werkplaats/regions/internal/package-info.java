@NullMarked
package nl.geboortezorg.werkplaats.regions.internal;

import org.jspecify.annotations.NullMarked;

@NullMarked
package nl.geboortezorg.werkplaats.bottlenecks;

import org.jspecify.annotations.NullMarked;

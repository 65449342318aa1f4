@NullMarked
package nl.geboortezorg.werkplaats.bottlenecks.internal;

import org.jspecify.annotations.NullMarked;

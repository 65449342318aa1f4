@NullMarked
package nl.geboortezorg.werkplaats.anchoring.internal;

import org.jspecify.annotations.NullMarked;

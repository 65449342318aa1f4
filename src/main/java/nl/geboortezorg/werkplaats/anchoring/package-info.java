@NullMarked
package nl.geboortezorg.werkplaats.anchoring;

import org.jspecify.annotations.NullMarked;

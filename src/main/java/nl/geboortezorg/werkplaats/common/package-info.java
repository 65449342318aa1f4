@NullMarked
package nl.geboortezorg.werkplaats.common;

import org.jspecify.annotations.NullMarked;

@NullMarked
package nl.geboortezorg.werkplaats.common.internal;

import org.jspecify.annotations.NullMarked;

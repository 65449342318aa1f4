@NullMarked
package nl.geboortezorg.werkplaats.audit;

import org.jspecify.annotations.NullMarked;

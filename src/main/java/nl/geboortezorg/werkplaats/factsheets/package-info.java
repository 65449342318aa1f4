@NullMarked
package nl.geboortezorg.werkplaats.factsheets;

import org.jspecify.annotations.NullMarked;

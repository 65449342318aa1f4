@NullMarked
package nl.geboortezorg.werkplaats.search;

import org.jspecify.annotations.NullMarked;

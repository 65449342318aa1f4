@NullMarked
package nl.geboortezorg.werkplaats.operations;

import org.jspecify.annotations.NullMarked;

@NullMarked
package nl.geboortezorg.werkplaats.factsheets.internal;

import org.jspecify.annotations.NullMarked;

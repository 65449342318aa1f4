@NullMarked
package nl.geboortezorg.werkplaats.regions.ui;

import org.jspecify.annotations.NullMarked;

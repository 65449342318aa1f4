@NullMarked
package nl.geboortezorg.werkplaats.ui;

import org.jspecify.annotations.NullMarked;

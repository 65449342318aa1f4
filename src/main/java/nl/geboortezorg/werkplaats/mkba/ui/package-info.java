@NullMarked
package nl.geboortezorg.werkplaats.mkba.ui;

import org.jspecify.annotations.NullMarked;

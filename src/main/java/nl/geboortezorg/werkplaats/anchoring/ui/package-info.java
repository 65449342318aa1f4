@NullMarked
package nl.geboortezorg.werkplaats.anchoring.ui;

import org.jspecify.annotations.NullMarked;

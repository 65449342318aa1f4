@NullMarked
package nl.geboortezorg.werkplaats.bottlenecks.ui;

import org.jspecify.annotations.NullMarked;

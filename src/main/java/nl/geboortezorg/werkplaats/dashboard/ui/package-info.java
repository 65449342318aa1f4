@NullMarked
package nl.geboortezorg.werkplaats.dashboard.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package nl.geboortezorg.werkplaats.notifications.ui;

import org.jspecify.annotations.NullMarked;

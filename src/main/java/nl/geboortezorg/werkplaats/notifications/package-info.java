@NullMarked
package nl.geboortezorg.werkplaats.notifications;

import org.jspecify.annotations.NullMarked;

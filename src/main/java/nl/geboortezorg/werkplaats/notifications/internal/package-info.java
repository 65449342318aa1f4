@NullMarked
package nl.geboortezorg.werkplaats.notifications.internal;

import org.jspecify.annotations.NullMarked;

@NullMarked
package nl.geboortezorg.werkplaats.users.internal;

import org.jspecify.annotations.NullMarked;

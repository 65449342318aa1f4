@NullMarked
package nl.geboortezorg.werkplaats.users;

import org.jspecify.annotations.NullMarked;

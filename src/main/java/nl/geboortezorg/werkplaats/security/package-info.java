@NullMarked
package nl.geboortezorg.werkplaats.security;

import org.jspecify.annotations.NullMarked;

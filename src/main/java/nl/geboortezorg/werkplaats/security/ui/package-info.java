@NullMarked
package nl.geboortezorg.werkplaats.security.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package nl.geboortezorg.werkplaats.sessions.ui;

import org.jspecify.annotations.NullMarked;

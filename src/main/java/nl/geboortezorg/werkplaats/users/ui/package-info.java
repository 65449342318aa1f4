@NullMarked
package nl.geboortezorg.werkplaats.users.ui;

import org.jspecify.annotations.NullMarked;

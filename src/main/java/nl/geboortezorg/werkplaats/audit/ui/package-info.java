@NullMarked
package nl.geboortezorg.werkplaats.audit.ui;

import org.jspecify.annotations.NullMarked;

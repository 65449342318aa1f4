@NullMarked
package nl.geboortezorg.werkplaats.common.ui;

import org.jspecify.annotations.NullMarked;

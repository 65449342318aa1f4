@NullMarked
package nl.geboortezorg.werkplaats.factsheets.ui;

import org.jspecify.annotations.NullMarked;

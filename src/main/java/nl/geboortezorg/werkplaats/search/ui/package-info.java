@NullMarked
package nl.geboortezorg.werkplaats.search.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package nl.geboortezorg.werkplaats.database;

import org.jspecify.annotations.NullMarked;

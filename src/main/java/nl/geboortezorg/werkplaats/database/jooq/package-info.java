@NullMarked
package nl.geboortezorg.werkplaats.database.jooq;

import org.jspecify.annotations.NullMarked;

@NullMarked
package nl.geboortezorg.werkplaats.documents;

import org.jspecify.annotations.NullMarked;

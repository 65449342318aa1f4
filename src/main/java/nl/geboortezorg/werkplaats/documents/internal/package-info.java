@NullMarked
package nl.geboortezorg.werkplaats.documents.internal;

import org.jspecify.annotations.NullMarked;

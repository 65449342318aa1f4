@NullMarked
package nl.geboortezorg.werkplaats.documents.ui;

import org.jspecify.annotations.NullMarked;

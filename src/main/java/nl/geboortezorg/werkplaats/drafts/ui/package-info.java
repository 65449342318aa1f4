@NullMarked
package nl.geboortezorg.werkplaats.drafts.ui;

import org.jspecify.annotations.NullMarked;

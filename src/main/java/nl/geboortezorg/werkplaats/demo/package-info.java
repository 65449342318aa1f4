@NullMarked
package nl.geboortezorg.werkplaats.demo;

import org.jspecify.annotations.NullMarked;

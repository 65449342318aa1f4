/**
 * The social cost-benefit calculation (maatschappelijke kosten-batenanalyse) as plain Java: inputs,
 * adjusted and discounted yearly flows, results per stakeholder and funding stream, and
 * sensitivity. It knows nothing of the database or the screens, computes with {@link
 * java.math.BigDecimal} throughout and never rounds: rounding is for display.
 */
@NullMarked
package nl.geboortezorg.werkplaats.mkba.model;

import org.jspecify.annotations.NullMarked;

package nl.geboortezorg.werkplaats.notifications.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** When a user was last seen on their start page, and when they last looked during the visit before. */
public record HomeVisit(Instant visitedAt, @Nullable Instant previousAt) {}

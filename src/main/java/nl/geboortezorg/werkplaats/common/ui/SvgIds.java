package nl.geboortezorg.werkplaats.common.ui;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The ids inside a chart drawn as SVG (its title, description and patterns) are ids of the page
 * it is shown on: each chart takes a prefix of its own, so that two charts on one page never
 * share one, and a screen reader announces each chart by its own title.
 */
public final class SvgIds {

    private static final AtomicLong CHARTS = new AtomicLong();

    private SvgIds() {}

    /** A prefix no other chart drawn by this application has, such as {@code "svg12-"}. */
    public static String prefix() {
        return "svg" + CHARTS.incrementAndGet() + "-";
    }
}

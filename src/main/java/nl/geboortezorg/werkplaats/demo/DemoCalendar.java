package nl.geboortezorg.werkplaats.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import nl.geboortezorg.werkplaats.common.DutchTime;

/**
 * The days of the demo story, counted back (and forward) from the day the demo is loaded, so that
 * a try-out always shows a track that has been running for months and goes on next week.
 */
record DemoCalendar(Instant now, LocalDate today) {

    static DemoCalendar of(Clock clock) {
        Instant now = clock.instant();
        return new DemoCalendar(now, DutchTime.date(now));
    }

    /** The national meeting of the seven partnerships: a Thursday about four months ago. */
    LocalDate nationalMeeting() {
        return today.minusWeeks(16).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
    }

    /** The working day this many days ago (a weekend moves back to its Friday). */
    LocalDate daysAgo(int days) {
        return workingDayOnOrBefore(today.minusDays(days));
    }

    LocalDate weeksAgo(int weeks) {
        return daysAgo(7 * weeks);
    }

    /** The working day a week from today (a weekend moves on to its Monday). */
    LocalDate nextWeek() {
        LocalDate day = today.plusWeeks(1);
        return isWeekend(day) ? day.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : day;
    }

    /** The moment of a Dutch wall-clock time on the day. */
    static Instant at(LocalDate day, int hour, int minute) {
        return DutchTime.instant(day.atTime(hour, minute));
    }

    private static LocalDate workingDayOnOrBefore(LocalDate day) {
        return isWeekend(day) ? day.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY)) : day;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}

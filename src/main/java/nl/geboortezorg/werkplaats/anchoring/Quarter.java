package nl.geboortezorg.werkplaats.anchoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A calendar quarter, such as 2026 Q4. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    /** This quarter and the ones before it, the latest first. */
    public List<Quarter> andPrevious(int count) {
        List<Quarter> quarters = new ArrayList<>();
        Quarter q = this;
        for (int i = 0; i < count; i++) {
            quarters.add(q);
            q = q.previous();
        }
        return quarters;
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return year + " Q" + quarter;
    }
}

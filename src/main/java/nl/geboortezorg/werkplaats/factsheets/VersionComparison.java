package nl.geboortezorg.werkplaats.factsheets;

import java.util.List;

/** Two versions of a factsheet compared section by section, older first. */
public record VersionComparison(FactsheetVersion older, FactsheetVersion newer, List<SectionDifference> sections) {

    public VersionComparison {
        sections = List.copyOf(sections);
    }

    /** One section: whether it changed, and how, as kept, removed and added text. */
    public record SectionDifference(FactsheetSection section, boolean changed, List<TextDiff.Segment> segments) {

        public SectionDifference {
            segments = List.copyOf(segments);
        }
    }
}

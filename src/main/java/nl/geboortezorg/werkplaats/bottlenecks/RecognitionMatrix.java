package nl.geboortezorg.werkplaats.bottlenecks;

import java.util.List;
import java.util.Map;
import nl.geboortezorg.werkplaats.regions.RegionChoice;

/**
 * A page of the national recognition matrix: bottlenecks against every region.
 *
 * @param regions the columns, in name order
 * @param rows the bottlenecks of this page
 */
public record RecognitionMatrix(List<RegionChoice> regions, List<Row> rows) {

    public RecognitionMatrix {
        regions = List.copyOf(regions);
        rows = List.copyOf(rows);
    }

    public enum Cell {
        RAISED,
        RECOGNISED,
        NOT
    }

    /**
     * One bottleneck; recognitions by region id.
     *
     * @param regionCount the raising region and every recognising one
     */
    public record Row(
            long bottleneckId,
            String title,
            BottleneckCategory category,
            BottleneckStatus status,
            long raisedInRegionId,
            int regionCount,
            Map<Long, Recognition> recognitions) {

        public Row {
            recognitions = Map.copyOf(recognitions);
        }

        public Cell cell(long regionId) {
            if (regionId == raisedInRegionId) {
                return Cell.RAISED;
            }
            return recognitions.containsKey(regionId) ? Cell.RECOGNISED : Cell.NOT;
        }
    }
}

package nl.geboortezorg.werkplaats.bottlenecks;

import java.util.List;
import nl.geboortezorg.werkplaats.regions.RegionChoice;

/**
 * Everything the bottleneck page shows, with what the signed-in user may do on it.
 *
 * @param recogniseFor the regions the user may still mark it as recognised for
 * @param mayEdit may change title, description and the rest of what was raised
 * @param mayModerate may change its status, promote, merge and follow it up, and hide comments
 * @param mayWithdraw may withdraw it on behalf of the region that raised it
 * @param mayReopen may reopen it once it is addressed, closed or withdrawn
 */
public record BottleneckDetail(
        Bottleneck bottleneck,
        List<Recognition> recognitions,
        List<TimelineEntry> timeline,
        List<Comment> comments,
        List<RegionChoice> recogniseFor,
        boolean mayEdit,
        boolean mayModerate,
        boolean mayComment,
        boolean mayWithdraw,
        boolean mayReopen) {}

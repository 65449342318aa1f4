package nl.geboortezorg.werkplaats.sessions;

/** How many open actions are past their due date in a region's sessions, or in national ones (no region). */
public record OverdueActions(Long regionId, String regionName, int count) {

    public boolean national() {
        return regionId == null;
    }
}

package nl.geboortezorg.werkplaats.sessions.ui;

import nl.geboortezorg.werkplaats.regions.Region;
import nl.geboortezorg.werkplaats.regions.ui.RegionWorkspaceSection;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Puts the region's sessions on its workspace. */
@Component
@Order(10)
class RegionSessionsSection implements RegionWorkspaceSection {

    private final WorkSessionService sessions;

    RegionSessionsSection(WorkSessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public RegionSessions create(Region region) {
        return new RegionSessions(sessions, region.id());
    }
}

package nl.geboortezorg.werkplaats.notifications;

import java.util.List;
import nl.geboortezorg.werkplaats.notifications.internal.ActivityRepository;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The activity feeds: of one region, and national (every region and the national work). */
@Service
public class ActivityService {

    public static final int PAGE_MAX = 100;

    private final ActivityRepository activities;
    private final AccessGuard access;

    ActivityService(ActivityRepository activities, AccessGuard access) {
        this.activities = activities;
        this.access = access;
    }

    /** What happened in the region that the signed-in user may read, newest first. */
    @Transactional(readOnly = true)
    public List<Activity> regionFeed(long regionId, int offset, int limit) {
        return activities.feed(access.signedIn(), regionId, Math.max(0, offset), Math.clamp(limit, 1, PAGE_MAX));
    }

    /** What happened anywhere that the signed-in user may read, newest first. */
    @Transactional(readOnly = true)
    public List<Activity> nationalFeed(int offset, int limit) {
        return activities.feed(access.signedIn(), null, Math.max(0, offset), Math.clamp(limit, 1, PAGE_MAX));
    }
}

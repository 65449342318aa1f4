package nl.geboortezorg.werkplaats.drafts;

import java.time.Clock;
import java.time.Duration;
import nl.geboortezorg.werkplaats.common.ClusterLock;
import nl.geboortezorg.werkplaats.drafts.internal.DraftRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes every writer's drafts past their retention (30 days unless configured) once a night, on
 * one application instance at a time. It acts for nobody, so it is no service method.
 */
@Component
class DraftCleanup {

    private static final Logger log = LoggerFactory.getLogger(DraftCleanup.class);

    private final DraftRepository drafts;
    private final ClusterLock lock;
    private final Clock clock;
    private final Duration retention;

    DraftCleanup(
            DraftRepository drafts,
            ClusterLock lock,
            Clock clock,
            @Value("${wsg.drafts.retention-days:30}") int retentionDays) {
        this.drafts = drafts;
        this.lock = lock;
        this.clock = clock;
        this.retention = Duration.ofDays(retentionDays);
    }

    @Scheduled(cron = "${wsg.drafts.cleanup-cron}", zone = "Europe/Amsterdam")
    void onSchedule() {
        lock.runAlone("draft-cleanup", () -> log.info("Removed {} draft fields past their retention", removeOld()));
    }

    /** Removes the drafts last kept longer ago than the retention; returns how many fields went. */
    @Transactional
    public int removeOld() {
        return drafts.deleteKeptBefore(clock.instant().minus(retention));
    }
}

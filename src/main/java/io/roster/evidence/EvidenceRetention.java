package io.roster.evidence;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the evidence of cases closed longer ago than {@code roster.evidence.retention} (default ten years), once a
 * day. Independent of Camunda's history time to live, which is much shorter.
 */
@Component
class EvidenceRetention {

    private static final Logger log = LoggerFactory.getLogger(EvidenceRetention.class);

    private final EvidenceLog evidence;

    private final Duration retention;

    private final Clock clock;

    EvidenceRetention(EvidenceLog evidence, @Value("${roster.evidence.retention:P3650D}") Duration retention,
            Clock clock) {
        this.evidence = evidence;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "${roster.evidence.purge-cron:0 30 3 * * *}")
    void purge() {
        int purged = evidence.purgeClosedBefore(clock.instant().minus(retention));
        if (purged > 0) {
            log.info("Removed the evidence of {} case(s) closed more than {} ago", purged, retention);
        }
    }

}

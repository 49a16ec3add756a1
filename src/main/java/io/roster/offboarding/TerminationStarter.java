package io.roster.offboarding;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import io.roster.system.ApiProblemException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Starts an offboarding in termination mode for other features (the access review's confirmed orphans), with the
 * same checks, evidence and idempotency as HR's own requests. Safe to call twice with the same key: the second call
 * answers the case the first one started; a leaver who already has an active offboarding keeps that one.
 */
@Component
public class TerminationStarter {

    /** The case that now stands for this leaver, and whether this call started it. */
    public record Termination(String offboardingId, boolean started) {
    }

    private final OffboardingService offboardings;

    private final Clock clock;

    TerminationStarter(OffboardingService offboardings, Clock clock) {
        this.offboardings = offboardings;
        this.clock = clock;
    }

    /**
     * @param reviewer who reviews the hand-over plan: a Roster user id or an e-mail address
     * @param reference e.g. the access review's id, recorded as the HR reference
     */
    public Termination terminate(String email, String reviewer, String reference, String requestedBy,
            String idempotencyKey) {
        StartOffboarding command = new StartOffboarding(email.trim().toLowerCase(Locale.ROOT),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), true,
                reviewer, null, LeavingReason.OTHER, reference);
        try {
            OffboardingService.Started started;
            try {
                started = offboardings.start(command, requestedBy, idempotencyKey);
            }
            catch (DataIntegrityViolationException raced) {
                started = offboardings.afterLostRace(command, idempotencyKey, raced);
            }
            return new Termination(started.offboarding().id(), started.created());
        }
        catch (ApiProblemException problem) {
            Object existing = problem.getProblem().getProperties() == null ? null
                    : problem.getProblem().getProperties().get("existingOffboarding");
            if (problem.getProblem().getStatus() == HttpStatus.CONFLICT.value() && existing != null) {
                return new Termination(existing.toString(), false);
            }
            throw problem;
        }
    }

}

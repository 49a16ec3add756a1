package io.roster.offboarding;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An offboarding as HR and admins see it over the API: the request, where it stands, the steps running now, the open
 * tasks and who holds them, the plan app by app, incidents, and the state of the evidence.
 */
record OffboardingView(String id, OffboardingStatus status, String leaverEmail, OffsetDateTime lastWorkingMoment,
        boolean termination, String manager, String defaultSuccessor, LeavingReason reason, String hrReference,
        String requestedBy, Instant requestedAt, String leaverUserId, Instant accessDeniedAt, Instant endedAt,
        List<String> currentSteps, List<OpenTask> openTasks, List<PlanEntry> plan, List<String> incidents,
        EvidenceSummary evidence) {

    record OpenTask(String id, String name, String assignee, List<String> candidateUsers,
            List<String> candidateGroups, Instant created, Instant due) {
    }

    record PlanEntry(String appId, String appName, String facts, Disposition proposal, String proposalReason,
            Disposition decision, String successor, AppStatus status, String detail, String snapshots) {
    }

    /** The evidence so far: the chain's state, and each step in short (the export has every field and hash). */
    record EvidenceSummary(int records, boolean intact, String href, List<Step> steps) {

        record Step(int seq, Instant at, String actor, String step, String outcome, String subject) {
        }

    }

    /** A line of the list of offboardings. */
    record Summary(String id, OffboardingStatus status, String leaverEmail, OffsetDateTime lastWorkingMoment,
            boolean termination, String manager, Instant requestedAt, Instant accessDeniedAt, Instant endedAt) {

        static Summary of(Offboarding offboarding) {
            return new Summary(offboarding.id(), offboarding.status(), offboarding.leaverEmail(),
                    offboarding.lastWorkingMoment(), offboarding.termination(), offboarding.manager(),
                    offboarding.requestedAt(), offboarding.accessDeniedAt(), offboarding.endedAt());
        }

    }

}

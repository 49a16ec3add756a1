package io.roster.offboarding;

/**
 * One app of a case's hand-over plan: the facts found, what the table proposed, what the manager decided, and how
 * far Roster got.
 */
public record PlannedApp(String caseId, AppFacts facts, Disposition proposal, String proposalReason,
        Disposition decision, String successorEmail, int planVersion, AppStatus status, String statusDetail,
        String snapshotIds) {

    public String appId() {
        return facts.appId();
    }

    /** What will be done: the manager's decision, else the proposal. */
    public Disposition effectiveDisposition() {
        return decision != null ? decision : proposal;
    }

}

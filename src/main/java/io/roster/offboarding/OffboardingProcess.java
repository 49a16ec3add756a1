package io.roster.offboarding;

/**
 * Every id and variable name of {@code processes/offboarding.bpmn} and {@code processes/app-disposition.dmn}. Tests,
 * delegates and the REST API use these, so a rename is a change in one file (and the BPMN).
 */
public final class OffboardingProcess {

    public static final String KEY = "offboarding";

    public static final String DISPOSITION_DECISION = "app-disposition";

    /** Evidence case type. */
    public static final String CASE_TYPE = "offboarding";

    private OffboardingProcess() {
    }

    /** Service, send and user tasks. */
    public static final class Task {

        public static final String RESOLVE_ACCOUNT = "Task_ResolveAccount";

        public static final String DEACTIVATE_ACCOUNT = "Task_DeactivateAccount";

        public static final String NOTIFY_DEACTIVATION_OVERDUE = "Task_NotifyDeactivationOverdue";

        public static final String RESOLVE_OVERDUE_DEACTIVATION = "Task_ResolveOverdueDeactivation";

        public static final String INVENTORY_APPS = "Task_InventoryApps";

        public static final String REVIEW_PLAN = "Task_ReviewPlan";

        public static final String REMIND_REVIEWER = "Task_RemindReviewer";

        public static final String ESCALATE_REVIEW = "Task_EscalateReview";

        public static final String BIND_PLAN = "Task_BindPlan";

        public static final String APPROVE_DELETIONS = "Task_ApproveDeletions";

        public static final String REMIND_APPROVERS = "Task_RemindApprovers";

        public static final String ADD_SUCCESSOR_TO_TEAM = "Task_AddSuccessorToTeam";

        public static final String CHANGE_TECHNICAL_CONTACT = "Task_ChangeTechnicalContact";

        public static final String CREATE_SNAPSHOTS = "Task_CreateSnapshots";

        public static final String CHECK_SNAPSHOTS = "Task_CheckSnapshots";

        public static final String DELETE_APP = "Task_DeleteApp";

        public static final String REMOVE_LEAVER_FROM_TEAM = "Task_RemoveLeaverFromTeam";

        public static final String RESOLVE_APP_MANUALLY = "Task_ResolveAppManually";

        public static final String REMIND_MANUAL_RESOLVER = "Task_RemindManualResolver";

        public static final String RESOLVE_REFUSAL = "Task_ResolveRefusal";

        public static final String REMIND_REFUSAL_RESOLVER = "Task_RemindRefusalResolver";

        public static final String SEND_SUMMARY = "Task_SendSummary";

        public static final String RESTORE_TECHNICAL_CONTACTS = "Task_RestoreTechnicalContacts";

        private Task() {
        }

    }

    /** Events, gateways and sub-processes that tests and the REST API look for. */
    public static final class Element {

        public static final String START = "StartEvent_OffboardingRequested";

        public static final String END_NO_ACCOUNT = "EndEvent_NoAccount";

        public static final String END_OFFBOARDED = "EndEvent_LeaverOffboarded";

        public static final String END_CANCELLED = "EndEvent_OffboardingCancelled";

        public static final String WAIT_FOR_LAST_DAY = "Gateway_WaitForLastDay";

        public static final String LAST_WORKING_MOMENT_REACHED = "Event_LastWorkingMomentReached";

        public static final String RESCHEDULED = "Event_Rescheduled";

        public static final String DENY_ACCESS = "SubProcess_DenyAccess";

        public static final String DEACTIVATION_OVERDUE = "BoundaryEvent_DeactivationOverdue";

        public static final String OVERDUE_RESOLVED_BY_ITSELF = "BoundaryEvent_OverdueResolvedByItself";

        public static final String REVIEW_REMINDER = "BoundaryEvent_ReviewReminder";

        public static final String REVIEW_OVERDUE = "BoundaryEvent_ReviewOverdue";

        public static final String APPROVAL_REMINDER = "BoundaryEvent_ApprovalReminder";

        public static final String MANUAL_REMINDER = "BoundaryEvent_ManualReminder";


        public static final String APP_ACCESS_DENIED = "Event_AccessDenied";

        public static final String SNAPSHOT_POLL_INTERVAL = "Event_SnapshotPollInterval";

        public static final String WAIT_FOR_ACCESS_DENIED = "Event_WaitForAccessDenied";

        public static final String APP_NEEDS_PERSON = "StartEvent_AppNeedsPerson";

        public static final String REFUSAL_REMINDER = "BoundaryEvent_RefusalReminder";

        public static final String END_APP_DELETED = "EndEvent_AppDeleted";

        public static final String END_LEAVER_REMOVED = "EndEvent_LeaverRemovedFromTeam";

        public static final String END_APP_RESOLVED_MANUALLY = "EndEvent_AppResolvedManually";


        private Element() {
        }

    }

    public static final class Message {

        public static final String RESCHEDULED = "OffboardingRescheduled";

        public static final String CANCELLED = "OffboardingCancelled";

        private Message() {
        }

    }

    /** Process variables. The case and the plan live in Roster's tables; these are references and what forms show. */
    public static final class Var {

        public static final String OFFBOARDING_ID = "offboardingId";

        public static final String LEAVER_EMAIL = "leaverEmail";

        public static final String LEAVER_USER_ID = "leaverUserId";

        public static final String ACCOUNT_FOUND = "accountFound";

        public static final String ACCESS_ENDS_AT = "accessEndsAt";

        public static final String TERMINATION = "termination";

        public static final String ACCESS_DENIED = "accessDenied";

        public static final String REVIEWER_CANDIDATES = "reviewerCandidates";

        public static final String REVIEWER_GROUPS = "reviewerGroups";

        /** The apps of the plan as the review form's table shows them. */
        public static final String PLAN_ITEMS = "planItems";

        /** The apps as choices of the review form's lists ({label, value = app id}). */
        public static final String APP_OPTIONS = "appOptions";

        /** The review's four lists of app ids, one per disposition; every app must be in exactly one. */
        public static final String HAND_OVER_APPS = "handOverApps";

        public static final String DELETE_APPS = "deleteApps";

        public static final String LEAVE_TEAM_APPS = "leaveTeamApps";

        public static final String MANUAL_APPS = "manualApps";

        /** A successor the manager types in when the choices do not have the right person. */
        public static final String OTHER_SUCCESSOR = "otherSuccessor";

        public static final String SUCCESSOR_OPTIONS = "successorOptions";

        public static final String DEFAULT_SUCCESSOR = "defaultSuccessor";

        public static final String REVIEW_COMMENT = "reviewComment";

        public static final String REVIEW_PROBLEMS = "reviewProblems";

        public static final String APPS_TO_DECIDE = "appsToDecide";

        public static final String PLAN_REVIEWED_BY = "planReviewedBy";

        public static final String INVENTORY_FINGERPRINT = "inventoryFingerprint";

        /** How binding the reviewed plan went: {@code BOUND}, {@code INVENTORY_CHANGED} or {@code DECISIONS_INVALID}. */
        public static final String PLAN_BINDING = "planBinding";

        /** The apps proposed for deletion, as choices of the approval form ({label, value = app id}). */
        public static final String DELETION_OPTIONS = "deletionOptions";

        /** The ids of the deletions the approver lets go ahead (all ticked to begin with). */
        public static final String APPROVED_DELETIONS = "approvedDeletions";

        public static final String DELETIONS_PROPOSED = "deletionsProposed";

        public static final String APPROVAL_COMMENT = "approvalComment";

        public static final String APPROVED_APP_IDS = "approvedAppIds";

        public static final String APP_ID = "appId";

        public static final String APP_NAME = "appName";

        public static final String DISPOSITION = "disposition";

        public static final String SNAPSHOTS = "snapshotsState";

        public static final String MANUAL_REASON = "manualReason";

        public static final String RESOLUTION = "resolution";

        public static final String RESOLUTION_NOTE = "resolutionNote";

        private Var() {
        }

    }

}

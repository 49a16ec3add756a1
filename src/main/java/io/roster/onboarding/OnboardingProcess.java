package io.roster.onboarding;

/**
 * Every id and variable name of {@code processes/onboarding.bpmn} and {@code processes/onboarding-plan.dmn}. Tests,
 * delegates and the REST API use these, so a rename is a change in one file (and the BPMN).
 */
public final class OnboardingProcess {

    public static final String KEY = "onboarding";

    public static final String PLAN_DECISION = "onboarding-plan";

    /** Evidence case type. */
    public static final String CASE_TYPE = "onboarding";

    private OnboardingProcess() {
    }

    public static final class Task {

        public static final String RESOLVE_ACCOUNT = "Task_ResolveAccount";

        public static final String SEND_SIGN_UP_INSTRUCTIONS = "Task_SendSignUpInstructions";

        public static final String CHECK_ACCOUNT = "Task_CheckAccount";

        public static final String REMIND_NEW_HIRE = "Task_RemindNewHire";

        public static final String FOLLOW_UP_SIGN_UP = "Task_FollowUpSignUp";

        public static final String REACTIVATE_ACCOUNT = "Task_ReactivateAccount";

        public static final String REACTIVATE_BY_HAND = "Task_ReactivateByHand";

        public static final String PLAN_ONBOARDING = "Task_PlanOnboarding";

        public static final String ADD_TO_TEAMS = "Task_AddToTeams";

        public static final String REMOVE_FROM_TEAMS = "Task_RemoveFromTeams";

        public static final String SET_PERMISSIONS = "Task_SetPermissions";

        public static final String REVOKE_PERMISSIONS = "Task_RevokePermissions";

        public static final String INTERNAL_STEP = "Task_InternalStep";

        public static final String PROFILE_PICTURE = "Task_ProfilePicture";

        public static final String SEND_WELCOME = "Task_SendWelcome";

        private Task() {
        }

    }

    public static final class Element {

        public static final String START = "StartEvent_OnboardingRequested";

        public static final String POLL_INTERVAL = "Event_PollInterval";

        public static final String END_ONBOARDED = "EndEvent_NewHireOnboarded";

        public static final String CANCELLED = "StartEvent_OnboardingCancelled";

        public static final String END_CANCELLED = "EndEvent_OnboardingCancelled";

        private Element() {
        }

    }

    public static final class Message {

        public static final String CANCELLED = "OnboardingCancelled";

        private Message() {
        }

    }

    public static final class Var {

        public static final String ONBOARDING_ID = "onboardingId";

        public static final String EMAIL = "newHireEmail";

        public static final String NAME = "newHireName";

        public static final String USER_ID = "newHireUserId";

        /** {@code NONE}, {@code ACTIVE} or {@code DEACTIVATED}. */
        public static final String ACCOUNT_STATE = "accountState";

        public static final String LEGACY_API = "legacyApiAvailable";

        public static final String SIGN_UP_REMIND_AT = "signUpRemindAt";

        public static final String SIGN_UP_ESCALATE_AT = "signUpEscalateAt";

        public static final String SIGN_UP_REMINDED = "signUpReminded";

        public static final String SIGN_UP_ESCALATED = "signUpEscalated";

        /** The names of the internal steps, one task each. */
        public static final String INTERNAL_STEPS = "internalSteps";

        public static final String INTERNAL_STEP = "internalStep";

        public static final String STEP_DONE = "stepDone";

        public static final String STEP_NOTE = "stepNote";

        public static final String HAS_PICTURE = "hasPicture";

        public static final String PICTURE_HREF = "pictureHref";

        public static final String REFUSAL_REASON = "refusalReason";

        public static final String MANAGER = "manager";

        public static final String START_DATE = "startDate";

        private Var() {
        }

    }

}

package io.roster.technicalcontact;

/** Every id and variable name of {@code processes/technical-contact-change.bpmn}. */
public final class TechnicalContactChangeProcess {

    public static final String KEY = "technical-contact-change";

    /** Evidence case type. */
    public static final String CASE_TYPE = "technical-contact";

    private TechnicalContactChangeProcess() {
    }

    public static final class Task {

        public static final String APPROVE_CHANGE = "Task_ApproveChange";

        public static final String ADD_SUCCESSOR_TO_TEAM = "Task_AddSuccessorToTeam";

        public static final String CHANGE_TECHNICAL_CONTACT = "Task_ChangeTechnicalContact";

        private Task() {
        }

    }

    public static final class Element {

        public static final String START = "StartEvent_ChangeRequested";

        public static final String END_CHANGED = "EndEvent_TechnicalContactChanged";

        public static final String END_REJECTED = "EndEvent_ChangeRejected";

        public static final String END_REFUSED = "EndEvent_ChangeRefused";

        private Element() {
        }

    }

    public static final class Var {

        public static final String CHANGE_ID = "changeId";

        public static final String APP_ID = "appId";

        public static final String APP_NAME = "appName";

        public static final String SUCCESSOR_EMAIL = "successorEmail";

        public static final String CURRENT_CONTACT_EMAIL = "currentContactEmail";

        public static final String CHANGE_REASON = "changeReason";

        public static final String REQUESTED_BY = "requestedBy";

        /** The approver's choice in the form: {@code approve} or {@code reject}. */
        public static final String DECISION = "decision";

        public static final String APPROVAL_COMMENT = "approvalComment";

        /** The platform's (or Roster's) reason when a step was refused. */
        public static final String REFUSAL_REASON = "refusalReason";

        private Var() {
        }

    }

}

package io.roster.audit;

/** Ids and variable names of {@code processes/access-review.bpmn}; tests, delegates and the API import from here. */
public final class AccessReviewProcess {

    public static final String KEY = "access-review";

    private AccessReviewProcess() {
    }

    /** The on-demand start (a timer start event may not stand beside a none start event). */
    public static final String REQUESTED_MESSAGE = "access-review-requested";

    public static final class Element {

        public static final String REQUESTED = "StartEvent_ReviewRequested";

        public static final String DUE = "StartEvent_ReviewDue";

        public static final String STILL_OPEN = "Gateway_ReviewStillOpen";

        public static final String SKIPPED = "EndEvent_ReviewSkipped";

        public static final String ALL_APPS_CRAWLED = "Gateway_AllAppsCrawled";

        public static final String ORPHANS_FOUND = "Gateway_OrphansFound";

        public static final String NO_ORPHANS = "EndEvent_NoOrphans";

        public static final String NONE_CONFIRMED = "EndEvent_NoneConfirmed";

        public static final String OFFBOARDINGS_STARTED = "EndEvent_OffboardingsStarted";

        private Element() {
        }

    }

    public static final class Task {

        public static final String BUILD_INVENTORY = "Task_BuildInventory";

        public static final String COMPARE = "Task_CompareWithDirectory";

        public static final String CONFIRM_ORPHANS = "Task_ConfirmOrphans";

        public static final String START_OFFBOARDINGS = "Task_StartOffboardings";

        public static final String NOTIFY_SKIPPED = "Task_NotifyReviewSkipped";

        private Task() {
        }

    }

    public static final class Var {

        public static final String REVIEW_ID = "reviewId";

        public static final String REQUESTED_BY = "requestedBy";

        public static final String ORPHAN_COUNT = "orphanCount";

        public static final String MEMBER_COUNT = "memberCount";

        /** Whether the last slice of the crawl reached the company's last app. */
        public static final String ALL_APPS_CRAWLED = "allAppsCrawled";

        /** The orphans as options of the confirmation's checklist: [{label, value = e-mail}]. */
        public static final String ORPHAN_OPTIONS = "orphanOptions";

        /** The e-mails the platform admin ticked. */
        public static final String CONFIRMED_ORPHANS = "confirmedOrphans";

        public static final String BRAKED = "braked";

        /** The text the confirmation form shows; empty when the brake did not trip. */
        public static final String BRAKE_WARNING = "brakeWarning";

        public static final String OVERRIDE_BRAKE = "overrideBrake";

        public static final String CONFIRMED_BY = "confirmedBy";

        public static final String ANY_CONFIRMED = "anyConfirmed";

        private Var() {
        }

    }

}

package io.roster.security;

import java.util.List;

/**
 * The Camunda groups Roster knows; each is a role in Spring Security ({@code hasRole('hr')}) and a candidate group in
 * the processes.
 */
public final class Roles {

    /** Starts and steers onboardings and offboardings. */
    public static final String HR = "hr";

    /** Decide in Tasklist: review hand-over plans, internal onboarding steps. */
    public static final String MANAGERS = "managers";

    /** Approve deletions (second pair of eyes), repair in Cockpit, handle escalations. */
    public static final String PLATFORM_ADMINS = "platform-admins";

    /** Read-only access to the audit reports. */
    public static final String AUDITORS = "auditors";

    /** Camunda's own administrators: Admin web app, actuator. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    /** The business roles Roster creates when the identity service is writable. */
    public static final List<String> BUSINESS_ROLES = List.of(HR, MANAGERS, PLATFORM_ADMINS, AUDITORS);

    private Roles() {
    }

}

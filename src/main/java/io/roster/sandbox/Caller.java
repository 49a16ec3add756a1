package io.roster.sandbox;

/**
 * Who a platform request acts for: the member whose personal access token or API key it carries.
 *
 * @param ipAddress the caller's IPv4 address for the audit log, or null
 */
record Caller(Member member, String ipAddress) {

    /** The request attribute {@link PlatformGate} puts the caller in. */
    static final String ATTRIBUTE = "io.roster.sandbox.Caller";

    String userId() {
        return member.userId();
    }

    boolean mendixAdmin() {
        return member.mendixAdmin();
    }

}

package io.roster.mendix;

/**
 * Learns which identifiers belong together whenever a platform answer carries two of them: the User Identifiers API
 * (e-mail and UUID), audit events (UUID and e-mail of who acted) and the legacy API (e-mail and OpenID). The identity
 * map implements it; without one, nothing is observed. Called on the caller's thread, after the call succeeded.
 */
public interface IdentityObserver {

    /** The platform user with this e-mail address (lower case) has this UUID. */
    void observed(String email, String userId);

    /** The platform user with this e-mail address (lower case) has this OpenID. */
    void observedOpenId(String email, String openId);

}

package io.roster.sandbox;

import java.util.List;
import java.util.Set;

/**
 * How one Mendix API says no. Each API has its own error JSON, its own status for the same problem (the User
 * Identifiers API answers a missing Mendix Admin role with 401, the User Deactivation API with 403), and some answer
 * gateway errors with a plain string. Statuses and wording follow the published descriptions
 * ({@code reference/mendix-platform-apis.md}).
 */
interface ErrorDialect {

    /** No (usable) credentials header at all. */
    PlatformResponse missingCredentials();

    /** A token or API key the platform does not know. */
    PlatformResponse invalidCredentials();

    /** A known token or key of a deactivated member: it stops working with the account. */
    PlatformResponse inactiveAccount(Member owner);

    PlatformResponse missingScope(Set<String> required, Set<String> provided);

    PlatformResponse notAdmin(Member caller);

    /** Authenticated, but not allowed to do this ({@code code} is the error code of the APIs that have them). */
    PlatformResponse forbidden(String message, String code);

    PlatformResponse invalid(String message, String code, List<InvalidParam> params);

    PlatformResponse notFound(String message, String code);

    PlatformResponse conflict(String message);

    /** A server-side failure with this status (500, 502, 503, 504), e.g. one injected as a fault. */
    PlatformResponse failure(int status);

    /** A request body that is not JSON at all. */
    default PlatformResponse unreadableBody(String detail) {
        return invalid(detail, null, List.of());
    }

}

package io.roster.mendix;

import static io.roster.mendix.MendixErrorDecoder.joined;
import static io.roster.mendix.MendixErrorDecoder.text;
import static io.roster.mendix.MendixHttp.MalformedAnswer.required;

import io.roster.mendix.MendixErrorDecoder.PlatformError;

import org.springframework.http.MediaType;

/**
 * The legacy User Management API (deprecated, API key): the only way to an account's OpenID and to reactivate an
 * account. Off unless {@code roster.mendix.apis.user-management.enabled} is set. OpenIDs are URLs and go into the
 * path fully encoded.
 */
final class UserManagementClient {

    /** Errors are {@code {"errorMessage","errorCode"}}, e.g. {@code RESOURCE_NOT_FOUND}. */
    static final MendixErrorDecoder ERRORS = body -> {
        String code = text(body.get("errorCode"));
        return new PlatformError(code, joined(code, text(body.get("errorMessage"))));
    };

    private final MendixHttp http;

    private final boolean enabled;

    UserManagementClient(MendixHttp http, boolean enabled) {
        this.http = http;
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    /** {@code GET /users/by-email/{emailAddress}}: the member's OpenID. */
    String openIdByEmail(String email) {
        String operation = "get OpenID by e-mail";
        requireEnabled(operation);
        return http.fetch(operation, client -> client.get().uri("/users/by-email/{email}", email), OpenId.class,
                answer -> required(answer.openId(), "openId"));
    }

    /** {@code PUT /users/{openId}} with {@code {"activeStatus":true}} (200). */
    void reactivate(String openId) {
        String operation = "reactivate account";
        requireEnabled(operation);
        http.send(operation, client -> client.put()
            .uri("/users/{openId}", openId)
            .contentType(MediaType.APPLICATION_JSON)
            .body(new ActiveStatus(true)));
    }

    private void requireEnabled(String operation) {
        if (!enabled) {
            throw new MendixConfigurationException(MendixApi.USER_MANAGEMENT, operation, 0,
                    "switched off (roster.mendix.apis.user-management.enabled=false)");
        }
    }

    private record OpenId(String openId) {
    }

    private record ActiveStatus(boolean activeStatus) {
    }

}

package io.roster.mendix;

import static io.roster.mendix.MendixErrorDecoder.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.roster.mendix.MendixErrorDecoder.PlatformError;

import org.springframework.http.MediaType;

/**
 * The User Deactivation API: takes away a member's access to the platform. It can only deactivate ({@code false} is
 * the only value it accepts); reactivating needs the legacy User Management API.
 */
final class UserDeactivationClient {

    /**
     * Errors are {@code {"error":{"message","detail","code","instance"}}} (the reason is in {@code detail}, sometimes
     * as a JSON document of its own), {@code {"message"}} from the gateway (429, 503), or a plain string.
     */
    static final MendixErrorDecoder ERRORS = UserDeactivationClient::readError;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MendixHttp http;

    UserDeactivationClient(MendixHttp http) {
        this.http = http;
    }

    /** {@code PATCH /platform-users/{uuid}} with {@code {"active":false}} (204). */
    void deactivate(String userId) {
        http.send("deactivate account", client -> client.patch()
            .uri("/platform-users/{uuid}", userId)
            .contentType(MediaType.APPLICATION_JSON)
            .body(new ActiveStatus(false)));
    }

    static PlatformError readError(JsonNode body) {
        JsonNode error = body.path("error");
        if (!error.isObject()) {
            return new PlatformError(null, text(body.get("message")));
        }
        String detail = text(error.get("detail"));
        return new PlatformError(null, detail != null ? innermost(detail) : text(error.get("message")));
    }

    /** "Member cannot (de)active himself" arrives as {@code "{\"status\":403,...,\"detail\":\"Member ...\"}"}. */
    private static String innermost(String detail) {
        if (!detail.trim().startsWith("{")) {
            return detail;
        }
        try {
            String nested = text(JSON.readTree(detail).get("detail"));
            return nested != null ? nested : detail;
        }
        catch (JsonProcessingException notJson) {
            return detail;
        }
    }

    private record ActiveStatus(boolean active) {
    }

}

package io.roster.sandbox;

import java.util.regex.Pattern;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** User Deactivation API: a Mendix Admin deactivates a member of the company. It cannot reactivate anyone. */
@RestController
@RequestMapping(SandboxApi.Paths.USER_DEACTIVATION)
@Profile("sandbox")
class UserDeactivationApi {

    private static final Pattern UUID = Pattern
        .compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    record Status(Boolean active) {
    }

    private final Accounts accounts;

    UserDeactivationApi(Accounts accounts) {
        this.accounts = accounts;
    }

    @PatchMapping("/platform-users/{uuid}")
    @PlatformOperation(value = "user-deactivation-api", scopes = Scopes.USER_DEACTIVATION, adminOnly = true)
    ResponseEntity<Void> deactivate(@PathVariable String uuid, @RequestBody(required = false) Status status,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        if (!UUID.matcher(uuid).matches()) {
            throw PlatformError.invalid("The uuid in the path is not a valid UUID.");
        }
        if (status == null || !Boolean.FALSE.equals(status.active())) {
            throw PlatformError.invalid("Request payload is invalid.");
        }
        accounts.deactivate(caller, uuid);
        return ResponseEntity.noContent().build();
    }

}

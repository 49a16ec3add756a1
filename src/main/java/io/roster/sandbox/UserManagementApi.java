package io.roster.sandbox;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The deprecated legacy User Management API (API key, Mendix Admins): OpenIDs by e-mail, the company's users, and
 * (de)activation, the only way to reactivate an account. An OpenID is a URL and travels URL-encoded in the path.
 */
@RestController
@RequestMapping(SandboxApi.Paths.USER_MANAGEMENT + "/users")
@Profile("sandbox")
class UserManagementApi {

    record OpenId(String openId) {
    }

    /** @param count how many users match the search, whatever the page holds */
    record Users(List<OpenId> users, int count) {
    }

    private final PlatformStore store;

    private final Accounts accounts;

    UserManagementApi(PlatformStore store, Accounts accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    @GetMapping("/by-email/{email}")
    @PlatformOperation(value = "get-openid-by-email", adminOnly = true)
    OpenId byEmail(@PathVariable String email) {
        return store.read(state -> state.memberByEmail(email)
            .filter(member -> !state.external(member))
            .map(member -> new OpenId(member.openId()))
            .orElseThrow(() -> PlatformError.notFound("User account not found")));
    }

    /** The company's users (active or not), searched in e-mail and name; a limit of -1 (the default) means all. */
    @GetMapping
    @PlatformOperation(value = "get-users", adminOnly = true)
    Users users(@RequestParam(required = false) String search, @RequestParam(required = false) Integer offset,
            @RequestParam(required = false) Integer limit) {
        int from = offset == null ? 0 : offset;
        int size = limit == null ? -1 : limit;
        if (from < 0 || size < -1) {
            throw PlatformError.invalid("offset must be 0 or more, limit -1 (unlimited) or more");
        }
        String needle = search == null ? "" : search.toLowerCase(Locale.ROOT);
        return store.read(state -> {
            List<Member> found = state.members()
                .values()
                .stream()
                .filter(member -> !state.external(member))
                .filter(member -> member.email().toLowerCase(Locale.ROOT).contains(needle)
                        || member.name().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparing(Member::email))
                .toList();
            Page<Member> page = new Page.Window(from, size == -1 ? Integer.MAX_VALUE : size).of(found);
            return new Users(page.items().stream().map(member -> new OpenId(member.openId())).toList(),
                    found.size());
        });
    }

    /** Sets the account's active status ({@code activeStatus} defaults to true). Answers 200 without a body. */
    @PutMapping("/{openId}")
    @PlatformOperation(value = "update-user-active-status", adminOnly = true)
    void setActiveStatus(@PathVariable String openId, @RequestBody(required = false) JsonNode body,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        JsonNode status = body == null ? null : body.get("activeStatus");
        if (status != null && !status.isBoolean()) {
            throw PlatformError.invalid("activeStatus must be true or false");
        }
        accounts.setActive(caller, openId, status == null || status.booleanValue());
    }

}

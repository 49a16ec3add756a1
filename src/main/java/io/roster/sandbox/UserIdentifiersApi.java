package io.roster.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** User Identifiers API: e-mail addresses to UUIDs, for Mendix Admins, within the company only. */
@RestController
@RequestMapping(SandboxApi.Paths.USER_IDENTIFIERS)
@Profile("sandbox")
class UserIdentifiersApi {

    static final int MAX_EMAIL_LENGTH = 200;

    record EmailAddresses(List<EmailAddress> emailAddresses) {
    }

    record EmailAddress(String emailAddress) {
    }

    record Identifier(String emailAddress, String uuid) {
    }

    /** Empty when every address was found. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NotFound(String message, List<EmailAddress> emailAddresses) {
    }

    record Identifiers(List<Identifier> identifiers, NotFound error) {
    }

    private final Accounts accounts;

    UserIdentifiersApi(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/uuids")
    @PlatformOperation(value = "get-user-identifiers", scopes = Scopes.USER_IDENTIFIERS, adminOnly = true)
    Identifiers uuids(@RequestBody(required = false) EmailAddresses request,
            @RequestAttribute(PlatformCall.ATTRIBUTE) PlatformCall call) {
        Set<String> emails = addresses(request);
        emails.forEach(call::user);
        Map<String, String> found = accounts.identify(List.copyOf(emails));
        List<Identifier> identifiers = new ArrayList<>();
        List<EmailAddress> missing = new ArrayList<>();
        for (String email : emails) {
            if (found.containsKey(email)) {
                identifiers.add(new Identifier(email, found.get(email)));
            }
            else {
                missing.add(new EmailAddress(email));
            }
        }
        return new Identifiers(identifiers, missing.isEmpty() ? new NotFound(null, null)
                : new NotFound("No user(s) found with the following email address(es) within your company", missing));
    }

    private static Set<String> addresses(EmailAddresses request) {
        if (request == null || request.emailAddresses() == null || request.emailAddresses().isEmpty()) {
            throw PlatformError.invalid("The request must contain at least one email address in emailAddresses");
        }
        Set<String> emails = new LinkedHashSet<>();
        for (EmailAddress address : request.emailAddresses()) {
            if (address == null || address.emailAddress() == null || address.emailAddress().isBlank()) {
                throw PlatformError.invalid("Every item of emailAddresses needs an emailAddress");
            }
            if (address.emailAddress().length() > MAX_EMAIL_LENGTH) {
                throw PlatformError.invalid("An emailAddress is longer than " + MAX_EMAIL_LENGTH + " characters");
            }
            emails.add(address.emailAddress().trim());
        }
        return emails;
    }

}

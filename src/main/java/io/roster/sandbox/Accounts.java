package io.roster.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Platform accounts: finding the company's members by e-mail, (de)activating them, and people signing up.
 */
@Component
@Profile("sandbox")
class Accounts {

    /** The User Deactivation API nests this detail as a JSON string, as published. */
    static final String CANNOT_DEACTIVATE_SELF = "{\"status\":403,\"title\":\"Forbidden\","
            + "\"detail\":\"Member cannot (de)active himself\"}";

    private final PlatformStore store;

    Accounts(PlatformStore store) {
        this.store = store;
    }

    /**
     * The company's members (active or not) with these addresses, address as given to UUID. People of other companies
     * and unknown addresses are not found.
     */
    Map<String, String> identify(List<String> emails) {
        return store.read(state -> {
            Map<String, String> found = new LinkedHashMap<>();
            emails.forEach(email -> state.memberByEmail(email)
                .filter(member -> !state.external(member))
                .ifPresent(member -> found.put(email, member.userId())));
            return found;
        });
    }

    /** User Deactivation API: a Mendix Admin deactivates a member of the company; doing it twice changes nothing. */
    void deactivate(Caller caller, String userId) {
        store.write((state, audit) -> {
            Member member = state.member(userId)
                .filter(candidate -> !state.external(candidate))
                .orElseThrow(() -> PlatformError.notAdmin(caller.member()));
            if (member.userId().equals(caller.userId())) {
                throw PlatformError.forbidden(CANNOT_DEACTIVATE_SELF);
            }
            changeStatus(state, audit, caller, member, false);
            return null;
        });
    }

    /** Legacy User Management API: the only way to reactivate an account. */
    void setActive(Caller caller, String openId, boolean active) {
        store.write((state, audit) -> {
            Member member = state.memberByOpenId(openId)
                .filter(candidate -> !state.external(candidate))
                .orElseThrow(() -> PlatformError.notFound("User account not found"));
            if (member.userId().equals(caller.userId())) {
                throw PlatformError.forbidden("Member cannot (de)active himself");
            }
            changeStatus(state, audit, caller, member, active);
            return null;
        });
    }

    private static void changeStatus(PlatformState state, AuditTrail audit, Caller caller, Member member,
            boolean active) {
        if (member.active() != active) {
            state.members().put(member.userId(), member.withActive(active));
            audit.accountStatusChanged(caller, member, active);
        }
    }

    /**
     * Someone signs up (or signs in through the company's identity provider for the first time): the account appears,
     * in the company that owns the address's domain, or in a new company of its own.
     */
    Member signup(String email, String name) {
        String address = email.trim();
        int at = address.indexOf('@');
        if (at < 1 || at == address.length() - 1 || name == null || name.isBlank()) {
            throw PlatformError.invalid("A sign-up needs an e-mail address and a name");
        }
        String domain = address.substring(at + 1).toLowerCase();
        return store.write((state, audit) -> {
            if (state.memberByEmail(address).isPresent()) {
                throw PlatformError.conflict(address + " already has an account");
            }
            Account account = state.accounts()
                .values()
                .stream()
                .filter(candidate -> candidate.emailDomain().equalsIgnoreCase(domain))
                .findFirst()
                .orElseGet(() -> {
                    Account own = new Account(UUID.randomUUID().toString(), domain, domain);
                    state.accounts().put(own.accountId(), own);
                    return own;
                });
            Instant now = Instant.now();
            Member member = new Member(UUID.randomUUID().toString(), Member.OPENID_PREFIX + UUID.randomUUID(),
                    address, name.trim(), account.accountId(), true, false, null, "None",
                    LocalDate.ofInstant(now, ZoneOffset.UTC), null, null, now);
            state.members().put(member.userId(), member);
            return member;
        });
    }

}

package io.roster.sandbox;

import java.util.List;
import java.util.Set;

/**
 * A platform request the sandbox refuses, in terms every API has; {@link #render} turns it into the answer of the
 * API the request went to. Thrown by authentication, validation and the platform's rules; never logged as a failure.
 */
final class PlatformError extends RuntimeException {

    enum Kind {

        MISSING_CREDENTIALS, INVALID_CREDENTIALS, INACTIVE_ACCOUNT, MISSING_SCOPE, NOT_ADMIN, FORBIDDEN, INVALID,
        NOT_FOUND, CONFLICT

    }

    private final Kind kind;

    private final String code;

    private final List<InvalidParam> params;

    private final Member subject;

    private final Set<String> required;

    private final Set<String> provided;

    private PlatformError(Kind kind, String message, String code, List<InvalidParam> params, Member subject,
            Set<String> required, Set<String> provided) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
        this.params = params;
        this.subject = subject;
        this.required = required;
        this.provided = provided;
    }

    private static PlatformError of(Kind kind, String message, String code, List<InvalidParam> params) {
        return new PlatformError(kind, message, code, params, null, Set.of(), Set.of());
    }

    static PlatformError missingCredentials() {
        return of(Kind.MISSING_CREDENTIALS, "no credentials", null, List.of());
    }

    static PlatformError invalidCredentials() {
        return of(Kind.INVALID_CREDENTIALS, "unknown credentials", null, List.of());
    }

    static PlatformError inactiveAccount(Member owner) {
        return new PlatformError(Kind.INACTIVE_ACCOUNT, "the account of " + owner.email() + " is deactivated", null,
                List.of(), owner, Set.of(), Set.of());
    }

    static PlatformError missingScope(Set<String> required, Set<String> provided) {
        return new PlatformError(Kind.MISSING_SCOPE, "the token lacks one of " + required, null, List.of(), null,
                required, provided);
    }

    static PlatformError notAdmin(Member caller) {
        return new PlatformError(Kind.NOT_ADMIN, caller.email() + " is not a Mendix Admin", null, List.of(), caller,
                Set.of(), Set.of());
    }

    static PlatformError forbidden(String message) {
        return of(Kind.FORBIDDEN, message, null, List.of());
    }

    static PlatformError forbidden(String message, String code) {
        return of(Kind.FORBIDDEN, message, code, List.of());
    }

    static PlatformError invalid(String message, InvalidParam... params) {
        return of(Kind.INVALID, message, null, List.of(params));
    }

    static PlatformError invalidWithCode(String message, String code) {
        return of(Kind.INVALID, message, code, List.of());
    }

    static PlatformError notFound(String message) {
        return of(Kind.NOT_FOUND, message, null, List.of());
    }

    static PlatformError notFound(String message, String code) {
        return of(Kind.NOT_FOUND, message, code, List.of());
    }

    static PlatformError conflict(String message) {
        return of(Kind.CONFLICT, message, null, List.of());
    }

    Kind kind() {
        return kind;
    }

    PlatformResponse render(ErrorDialect dialect) {
        return switch (kind) {
            case MISSING_CREDENTIALS -> dialect.missingCredentials();
            case INVALID_CREDENTIALS -> dialect.invalidCredentials();
            case INACTIVE_ACCOUNT -> dialect.inactiveAccount(subject);
            case MISSING_SCOPE -> dialect.missingScope(required, provided);
            case NOT_ADMIN -> dialect.notAdmin(subject);
            case FORBIDDEN -> dialect.forbidden(getMessage(), code);
            case INVALID -> dialect.invalid(getMessage(), code, params);
            case NOT_FOUND -> dialect.notFound(getMessage(), code);
            case CONFLICT -> dialect.conflict(getMessage());
        };
    }

}

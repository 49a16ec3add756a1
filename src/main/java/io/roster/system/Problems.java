package io.roster.system;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details with Roster's problem types. Each type is a URN listed in {@code docs/api.md}, so a client
 * can branch on it without parsing the human-readable detail.
 */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:roster:problem:";

    private Problems() {
    }

    /** A problem of the given type, e.g. {@code of(CONFLICT, "offboarding-exists", "...", "...")}. */
    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(type));
        problem.setTitle(title);
        return problem;
    }

    /** 400 naming each offending field in {@code errors}. */
    public static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                errors.isEmpty() ? "The request is not valid."
                        : "The request has " + errors.size() + " invalid field(s): "
                                + String.join(", ", errors.stream().map(FieldError::field).distinct().toList())
                                + ".");
        problem.setProperty("errors", errors);
        return problem;
    }

    public static URI type(String type) {
        return URI.create(TYPE_PREFIX + type);
    }

}

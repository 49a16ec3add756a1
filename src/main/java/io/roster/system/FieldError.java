package io.roster.system;

/** One offending field of a request, as listed in the {@code errors} of an invalid-request problem. */
public record FieldError(String field, String message) {
}

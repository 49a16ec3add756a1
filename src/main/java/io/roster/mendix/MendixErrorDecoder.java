package io.roster.mendix;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How one Mendix API writes its JSON error bodies, and which of its answers are business refusals: the error shapes
 * differ per API, so each client has its own decoder. {@link PlatformAnswers} does the rest for all of them (status,
 * plain-text and HTML bodies, masking secrets).
 */
interface MendixErrorDecoder {

    /** What the platform said in a JSON error body of this API; {@code message} is null when it said nothing usable. */
    PlatformError read(JsonNode body);

    /**
     * Whether this failed answer is a business refusal that a person has to resolve. A conflict (409) is one in every
     * API; some APIs refuse with a 400 or 403 too.
     */
    default boolean refuses(int status, PlatformError error) {
        return status == 409;
    }

    /**
     * @param code the API's own error code, when it has one (e.g. {@code NOT_SUPPORTED})
     * @param message the platform's explanation, as it gave it
     */
    record PlatformError(String code, String message) {

        boolean says(String text) {
            return message != null && message.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
        }

    }

    /** The text of a field, or null when it is absent, null or blank. */
    static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.asText().isBlank() ? null : node.asText();
    }

    /** The non-blank parts joined with ": ", or null when there is none. */
    static String joined(String... parts) {
        String joined = Arrays.stream(parts)
            .filter(Objects::nonNull)
            .filter(part -> !part.isBlank())
            .distinct()
            .collect(Collectors.joining(": "));
        return joined.isEmpty() ? null : joined;
    }

    /** The reasons of an RFC 7807 style {@code invalid-params} list ("name: reason; ..."), or null when empty. */
    static String invalidParams(JsonNode params) {
        if (params == null || !params.isArray()) {
            return null;
        }
        String reasons = StreamSupport.stream(params.spliterator(), false)
            .map(param -> joined(text(param.get("name")), text(param.get("reason"))))
            .filter(Objects::nonNull)
            .collect(Collectors.joining("; "));
        return reasons.isEmpty() ? null : reasons;
    }

}

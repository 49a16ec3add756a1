package io.roster.mendix;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.roster.mendix.MendixErrorDecoder.PlatformError;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Turns a failed answer of one Mendix API into the {@link MendixException} for it. The mechanics are the same for
 * every API: read the body whether it is the API's JSON error shape, a plain string (PAT gateway errors), an HTML
 * error page or nothing; mask credentials; classify by status. What differs per API comes from its
 * {@link MendixErrorDecoder}.
 */
final class PlatformAnswers {

    /** Enough for any message the platform writes; a whole HTML page or stack trace is cut. */
    private static final int LONGEST_MESSAGE = 300;

    private static final Pattern HTML_TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MendixApi api;

    private final MendixErrorDecoder decoder;

    private final SecretMasker masker;

    PlatformAnswers(MendixApi api, MendixErrorDecoder decoder, SecretMasker masker) {
        this.api = api;
        this.decoder = decoder;
        this.masker = masker;
    }

    /** The exception for a 4xx or 5xx answer. */
    MendixException failure(String operation, HttpStatusCode status, HttpHeaders headers, byte[] body) {
        int code = status.value();
        Body read = read(headers, body);
        String message = read.error().message();
        if (code == 429) {
            return new MendixRateLimitedException(api, operation, message, retryAfter(headers).orElse(null));
        }
        if (decoder.refuses(code, read.error())) {
            return new MendixRefusedException(api, operation, code, message);
        }
        if (code == 404) {
            // Only the API itself saying "not found" counts: callers treat it as "already done", and a wrong base
            // URL or a proxy's error page must not make a removal look successful.
            return read.fromTheApi() ? new MendixNotFoundException(api, operation, code, message)
                    : new MendixBadResponseException(api, operation, code,
                            "not the API's own answer (" + (message == null ? "no body" : message)
                                    + "); is the base URL right?",
                            null);
        }
        if (code == 401 || code == 403) {
            return new MendixConfigurationException(api, operation, code, message);
        }
        if (code >= 500) {
            return new MendixUnavailableException(api, operation, code, message, null);
        }
        return new MendixBadResponseException(api, operation, code, message, null);
    }

    /** Text from the platform or the network, fit for a message: credentials masked, shortened. */
    String fit(String text) {
        String masked = masker.mask(text);
        if (masked == null) {
            return null;
        }
        String flat = masked.strip().replaceAll("\\s+", " ");
        return flat.length() <= LONGEST_MESSAGE ? flat : flat.substring(0, LONGEST_MESSAGE) + "…";
    }

    /**
     * The wait a 429 asked for: {@code Retry-After} in seconds or as an HTTP date; empty when absent or unreadable.
     */
    static Optional<Duration> retryAfter(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        try {
            if (trimmed.chars().allMatch(Character::isDigit)) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
            }
            Duration untilThen = Duration.between(Instant.now(),
                    ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return Optional.of(untilThen.isNegative() ? Duration.ZERO : untilThen);
        }
        catch (NumberFormatException | DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private Body read(HttpHeaders headers, byte[] bytes) {
        MediaType contentType;
        Charset charset;
        try {
            contentType = headers.getContentType();
            charset = contentType == null || contentType.getCharset() == null ? StandardCharsets.UTF_8
                    : contentType.getCharset();
        }
        catch (IllegalArgumentException unreadable) {
            // a malformed Content-Type or an unknown charset: the body is still worth reading as text
            contentType = null;
            charset = StandardCharsets.UTF_8;
        }
        String text = bytes == null ? "" : new String(bytes, charset);
        if (text.isBlank()) {
            return new Body(new PlatformError(null, null), false);
        }
        if (isHtml(contentType, text)) {
            Matcher title = HTML_TITLE.matcher(text);
            return new Body(new PlatformError(null,
                    "an HTML page" + (title.find() ? " \"" + fit(title.group(1)) + "\"" : "")), false);
        }
        try {
            JsonNode json = JSON.readTree(text);
            if (json.isObject()) {
                PlatformError error = decoder.read(json);
                boolean fromTheApi = error.message() != null;
                return new Body(new PlatformError(error.code(), fit(fromTheApi ? error.message() : text)),
                        fromTheApi);
            }
            // a JSON string such as "Supplied personal access token is invalid."
            return new Body(new PlatformError(null, fit(json.isTextual() ? json.asText() : text)), false);
        }
        catch (JsonProcessingException plainText) {
            return new Body(new PlatformError(null, fit(text)), false);
        }
    }

    private static boolean isHtml(MediaType contentType, String text) {
        return MediaType.TEXT_HTML.isCompatibleWith(contentType) || text.stripLeading().startsWith("<");
    }

    /**
     * @param fromTheApi whether the body is the API's own JSON error shape (not a gateway's string or page)
     */
    private record Body(PlatformError error, boolean fromTheApi) {
    }

}

package io.roster.mendix;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Removes credentials from text that came from the platform or the network before it goes into an exception message
 * or a log: the configured token and API key wherever they appear, and anything that looks like an authorization
 * header value (a gateway may echo the token it refused).
 */
final class SecretMasker {

    static final String MASK = "******";

    /** Shorter values would mask ordinary words; real tokens and keys are far longer. */
    private static final int SHORTEST_SECRET = 8;

    /** A scheme or header name followed by a value of token length (not "Bearer token is missing ..."). */
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?i)((?:MxToken|Bearer)\\s+|Mendix-ApiKey[\"']?\\s*[:=]\\s*[\"']?)[A-Za-z0-9._~+/=-]{16,}");

    private final List<String> secrets;

    SecretMasker(String... secrets) {
        this.secrets = java.util.Arrays.stream(secrets)
            .filter(Objects::nonNull)
            .filter(secret -> secret.length() >= SHORTEST_SECRET)
            .toList();
    }

    String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return CREDENTIAL.matcher(masked).replaceAll("$1" + MASK);
    }

}

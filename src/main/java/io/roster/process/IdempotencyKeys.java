package io.roster.process;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.roster.system.ApiProblemException;
import io.roster.system.Problems;
import org.springframework.http.HttpStatus;

/**
 * What HR's {@code Idempotency-Key} rests on, for every API that starts a case: a fingerprint of what the request
 * said, stored with the case, and the 422 for a key sent again with a different request.
 */
public final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    /** SHA-256 of the request's canonical parts, joined by {@code |}. */
    public static String fingerprint(String... parts) {
        return sha256(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException(exception);
        }
    }

    /**
     * Nothing when the earlier request with this key said the same; else the 422 naming the case it started.
     *
     * @param earlierCase e.g. "offboarding off-…"
     */
    public static void requireSameRequest(String earlierFingerprint, String fingerprint, String earlierCase) {
        if (!earlierFingerprint.trim().equals(fingerprint)) {
            throw new ApiProblemException(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    "Idempotency-Key reused", "This Idempotency-Key was used for a different request (" + earlierCase
                            + "). Use a new key for a new request."));
        }
    }

}

package io.roster.sandbox;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An answer of the platform other than the happy path: a status with a JSON body (or, for some gateway errors, a
 * plain string).
 */
record PlatformResponse(int status, MediaType contentType, Object body) {

    static PlatformResponse json(int status, Object body) {
        return new PlatformResponse(status, MediaType.APPLICATION_JSON, body);
    }

    static PlatformResponse text(int status, String body) {
        return new PlatformResponse(status, MediaType.TEXT_PLAIN, body);
    }

    ResponseEntity<Object> toEntity() {
        return ResponseEntity.status(status).contentType(contentType).body(body);
    }

}

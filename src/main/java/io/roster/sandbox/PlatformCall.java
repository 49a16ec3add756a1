package io.roster.sandbox;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One request to a platform API on its way through the sandbox, collecting what {@link Journal} will record about it:
 * the operation, who called, which users, app and environment it was about, and any fault or error message.
 * Confined to the request's thread.
 */
final class PlatformCall {

    /** The request attribute the call travels in. */
    static final String ATTRIBUTE = "io.roster.sandbox.PlatformCall";

    private final SandboxApi api;

    private final Instant receivedAt;

    private final String method;

    private final String path;

    private final String query;

    private String operation = "unknown";

    private String caller;

    private final Set<String> users = new LinkedHashSet<>();

    private String app;

    private String environment;

    private String fault;

    private String message;

    private String state;

    PlatformCall(SandboxApi api, Instant receivedAt, String method, String path, String query) {
        this.api = api;
        this.receivedAt = receivedAt;
        this.method = method;
        this.path = path;
        this.query = query;
    }

    void operation(String name) {
        operation = name;
    }

    void caller(String email) {
        caller = email;
    }

    void user(String userId) {
        if (userId != null) {
            users.add(userId);
        }
    }

    void app(String appId) {
        app = appId;
    }

    void environment(String environmentId) {
        environment = environmentId;
    }

    void fault(String kind) {
        fault = kind;
    }

    void message(String text) {
        message = text;
    }

    void state(String reported) {
        state = reported;
    }

    JournalEntry toEntry(long sequence, int status, Instant finishedAt) {
        return new JournalEntry(sequence, receivedAt, api.key(), operation, method, path, query, caller,
                List.copyOf(users), app, environment, status, JournalEntry.outcomeOf(status), fault, message, state,
                finishedAt.toEpochMilli() - receivedAt.toEpochMilli());
    }

}

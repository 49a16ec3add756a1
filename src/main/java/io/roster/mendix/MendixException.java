package io.roster.mendix;

/**
 * A call to the Mendix platform failed. Names the API and the operation, the HTTP status when there was one, and the
 * platform's own message; never a credential. Subclasses tell the kinds apart so that processes can react to each.
 */
public abstract class MendixException extends RuntimeException {

    private final MendixApi api;

    private final String operation;

    private final int status;

    private final String platformMessage;

    protected MendixException(MendixApi api, String operation, int status, String platformMessage, String summary,
            Throwable cause) {
        super(api.displayName() + " " + operation + ": " + summary
                + (status > 0 ? " (HTTP " + status + ")" : "")
                + (platformMessage == null || platformMessage.isBlank() ? "" : ": " + platformMessage), cause);
        this.api = api;
        this.operation = operation;
        this.status = status;
        this.platformMessage = platformMessage;
    }

    public MendixApi api() {
        return api;
    }

    public String operation() {
        return operation;
    }

    /** The HTTP status, or 0 when no response arrived (timeout, connection refused). */
    public int status() {
        return status;
    }

    /** What the platform said, as it said it (may be empty). */
    public String platformMessage() {
        return platformMessage;
    }

}

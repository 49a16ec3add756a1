package io.roster.mendix;

/** The platform did not answer usefully: 5xx, a timeout, a refused connection. Worth retrying later. */
public class MendixUnavailableException extends MendixException {

    public MendixUnavailableException(MendixApi api, String operation, int status, String platformMessage,
            Throwable cause) {
        super(api, operation, status, platformMessage, status > 0 ? "unavailable" : "no answer", cause);
    }

}

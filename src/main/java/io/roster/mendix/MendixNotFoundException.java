package io.roster.mendix;

/** The user, app, environment or snapshot does not exist (404). */
public class MendixNotFoundException extends MendixException {

    public MendixNotFoundException(MendixApi api, String operation, int status, String platformMessage) {
        super(api, operation, status, platformMessage, "not found", null);
    }

}

package io.roster.mendix;

/**
 * Roster's credentials do not allow the call (401/403): the token is invalid or lacks a scope, the service account
 * is not a Mendix Admin or is deactivated. An administrator has to fix the configuration; retrying alone will not help.
 */
public class MendixConfigurationException extends MendixException {

    public MendixConfigurationException(MendixApi api, String operation, int status, String platformMessage) {
        super(api, operation, status, platformMessage, "credentials not accepted", null);
    }

}

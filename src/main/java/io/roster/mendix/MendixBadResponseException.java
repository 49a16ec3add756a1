package io.roster.mendix;

/**
 * The platform answered something Roster cannot read: not JSON, an HTML error page, a required field missing, or a
 * request Roster built that the platform calls invalid (400). A defect or an API change; an administrator looks.
 */
public class MendixBadResponseException extends MendixException {

    public MendixBadResponseException(MendixApi api, String operation, int status, String problem, Throwable cause) {
        super(api, operation, status, problem, "unexpected answer", cause);
    }

}

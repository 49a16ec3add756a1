package io.roster.mendix;

/**
 * The platform refuses for a business reason that a person has to resolve: the member is the last Scrum Master, the
 * app is licensed or not in the public cloud, the successor is not a team member. {@link #reason()} is the
 * platform's own explanation, to be shown to that person.
 */
public class MendixRefusedException extends MendixException {

    public MendixRefusedException(MendixApi api, String operation, int status, String platformMessage) {
        super(api, operation, status, platformMessage, "refused by the platform", null);
    }

    public String reason() {
        String message = platformMessage();
        return message == null || message.isBlank() ? "The platform refused without giving a reason." : message;
    }

}

package io.roster.technicalcontact;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What the BPMN reads from configuration as {@code ${technicalContactChangeSettings.…}}. */
@Component("technicalContactChangeSettings")
public class ChangeSettings {

    private final String retryCycle;

    ChangeSettings(@Value("${roster.technical-contact-change.retry-cycle:R6/PT30S}") String retryCycle) {
        this.retryCycle = retryCycle;
    }

    /** How the engine retries a failed platform call before it becomes an incident. */
    public String retryCycle() {
        return retryCycle;
    }

}

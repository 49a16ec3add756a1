package io.roster.process;

import java.util.function.Supplier;

import io.roster.evidence.EvidenceEntry;
import io.roster.evidence.EvidenceLog;
import io.roster.mendix.MendixException;
import io.roster.mendix.MendixRefusedException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.springframework.stereotype.Component;

/**
 * Runs one platform call of a case and keeps the evidence straight: a refusal is recorded and becomes the BPMN error
 * that sends the app to a person with the platform's reason; any other failure is recorded as a failed attempt (in
 * a transaction of its own, since the job rolls back) and rethrown for the engine to retry.
 */
@Component
public class PlatformSteps {

    /**
     * The BPMN error code of a step that needs a person: the platform refused for a business reason, or Roster found
     * it cannot go on. The reason travels as the error message.
     */
    public static final String NEEDS_A_PERSON = "NEEDS_A_PERSON";

    private final EvidenceLog evidence;

    public PlatformSteps(EvidenceLog evidence) {
        this.evidence = evidence;
    }

    public <T> T call(String caseId, String step, String subject, Supplier<T> call) {
        try {
            return attempt(caseId, step, subject, call);
        }
        catch (MendixRefusedException refused) {
            evidence.append(caseId, EvidenceEntry.byRoster(step, "REFUSED", subject, refused.getMessage()));
            throw new BpmnError(NEEDS_A_PERSON, refused.reason());
        }
    }

    /**
     * Runs one platform call, recording a failed attempt and rethrowing it; a refusal (a business answer, not a failed
     * attempt) is rethrown untouched for the caller to record where it belongs.
     */
    public <T> T attempt(String caseId, String step, String subject, Supplier<T> call) {
        try {
            return call.get();
        }
        catch (MendixRefusedException refused) {
            throw refused;
        }
        catch (MendixException failed) {
            evidence.appendIndependently(caseId,
                    EvidenceEntry.byRoster(step, "ATTEMPT_FAILED", subject, failed.getMessage()));
            throw failed;
        }
    }

    public void run(String caseId, String step, String subject, Runnable call) {
        call(caseId, step, subject, () -> {
            call.run();
            return null;
        });
    }

    /** Records a refusal Roster itself found (not the platform) and answers the BPMN error to throw. */
    public BpmnError refusal(String caseId, String step, String subject, String reason) {
        evidence.append(caseId, EvidenceEntry.byRoster(step, "REFUSED", subject, reason));
        return new BpmnError(NEEDS_A_PERSON, reason);
    }

    public void record(String caseId, String step, String subject, String detail) {
        evidence.append(caseId, EvidenceEntry.byRoster(step, "DONE", subject, detail));
    }

}

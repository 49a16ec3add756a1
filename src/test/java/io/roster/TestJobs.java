package io.roster;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Runs the engine's due asynchronous continuations in the test thread, where the job executor is switched off. */
public final class TestJobs {

    private TestJobs() {
    }

    /** Executes due message jobs one by one until none is left (at most 50, so a loop in a model cannot hang a test). */
    public static void runDue(ManagementService management) {
        for (int i = 0; i < 50; i++) {
            List<Job> jobs = management.createJobQuery().messages().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            management.executeJob(jobs.get(0).getId());
        }
    }

}

package io.roster.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Steps one onboarding the way the job executor and people would: due jobs, one timer, a task completed as someone. */
final class OnboardingDriver {

    private final ProcessEngine engine;

    private final ProcessInstance instance;

    OnboardingDriver(ProcessEngine engine, ProcessInstance instance) {
        this.engine = engine;
        this.instance = instance;
    }

    ProcessInstance instance() {
        return instance;
    }

    void runJobs() {
        for (int round = 0; round < 200; round++) {
            List<Job> jobs = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .messages()
                .executable()
                .list();
            if (jobs.isEmpty()) {
                return;
            }
            engine.getManagementService().executeJob(jobs.get(0).getId());
        }
        throw new AssertionError("jobs keep coming: a loop?");
    }

    void fireTimer(String activityId) {
        List<Job> timers = engine.getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .timers()
            .activityId(activityId)
            .list();
        assertThat(timers).as("timer at " + activityId).hasSize(1);
        engine.getManagementService().executeJob(timers.get(0).getId());
        runJobs();
    }

    List<Task> tasks(String taskKey) {
        return engine.getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey)
            .list();
    }

    void complete(Task task, String user, Map<String, Object> variables) {
        List<String> groups = engine.getIdentityService()
            .createGroupQuery()
            .groupMember(user)
            .list()
            .stream()
            .map(Group::getId)
            .toList();
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            engine.getTaskService().complete(task.getId(), variables);
        }
        finally {
            engine.getIdentityService().clearAuthentication();
        }
        runJobs();
    }

    void complete(String taskKey, String user, Map<String, Object> variables) {
        List<Task> open = tasks(taskKey);
        assertThat(open).as("open task " + taskKey).hasSize(1);
        complete(open.get(0), user, variables);
    }

}

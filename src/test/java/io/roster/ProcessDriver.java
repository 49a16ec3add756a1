package io.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Steps one process instance the way the job executor and people would, one visible step at a time: run the jobs
 * that are due now (not timers), fire a timer, complete a task as someone.
 */
public final class ProcessDriver {

    private final ProcessEngine engine;

    private final ProcessInstance instance;

    public ProcessDriver(ProcessEngine engine, ProcessInstance instance) {
        this.engine = engine;
        this.instance = instance;
    }

    public ProcessInstance instance() {
        return instance;
    }

    /** Runs async continuations (not timers) until none is left; answers how many ran. */
    public int runJobs() {
        int ran = 0;
        for (int round = 0; round < 500; round++) {
            List<Job> jobs = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .messages()
                .executable()
                .list();
            if (jobs.isEmpty()) {
                return ran;
            }
            engine.getManagementService().executeJob(jobs.get(0).getId());
            ran++;
        }
        throw new AssertionError("jobs keep coming: a loop?");
    }

    /** Fires the timer waiting at the activity (a boundary event, a catch event) and runs the jobs it leads to. */
    public void fireTimer(String activityId) {
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

    /** What an admin's retry in Cockpit does: runs the job of the activity now, whatever its retry schedule said. */
    public void retry(String activityId) {
        Job job = engine.getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(activityId)
            .singleResult();
        assertThat(job).as("job at " + activityId).isNotNull();
        engine.getManagementService().setJobRetries(job.getId(), 1);
        engine.getManagementService().setJobDuedate(job.getId(), null);
        runJobs();
    }

    /** The open tasks of this instance at the activity (several for a multi-instance or parallel step). */
    public List<Task> tasks(String taskKey) {
        return engine.getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey)
            .list();
    }

    public Task task(String taskKey) {
        List<Task> tasks = tasks(taskKey);
        assertThat(tasks).as("open task " + taskKey).hasSize(1);
        return tasks.get(0);
    }

    /** Completes a task logged in as the user, like Tasklist does. */
    public void complete(String taskKey, String user, Map<String, Object> variables) {
        complete(task(taskKey), user, variables);
    }

    public void complete(Task task, String user, Map<String, Object> variables) {
        List<String> groups = engine.getIdentityService()
            .createGroupQuery()
            .groupMember(user)
            .list()
            .stream()
            .map(org.camunda.bpm.engine.identity.Group::getId)
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

}

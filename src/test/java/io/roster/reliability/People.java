package io.roster.reliability;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.roster.TestHttp;

/**
 * The people between the steps, working through the engine's REST API as Tasklist does while nodes die, each doing
 * their {@link Duty}: in an offboarding the manager (demo user {@code mark}) reviews each hand-over plan and keeps what
 * Roster proposed, a platform admin who did not review it ({@code paula}) approves its deletions; in an onboarding
 * the manager and HR ({@code helen}) complete the internal steps and the picture task.
 * <p>
 * A completion that gets no answer (the node died) is not assumed done or lost: the task is simply looked for again,
 * and completed if it is still open. Anything else than done, gone or an optimistic locking conflict is a failure
 * the check reports.
 */
final class People implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> REVIEW_LISTS = List.of("handOverApps", "deleteApps", "leaveTeamApps",
            "manualApps");

    /**
     * One person's part: every open task of this key they can see, completed with these variables. The supplier
     * answers the person's client for a node that is up (or was, a moment ago).
     */
    record Duty(Supplier<TestHttp> person, String taskKey, Decision decision) {
    }

    private final List<Duty> duties;

    private final Thread worker;

    private final List<String> failures = new ArrayList<>();

    private final Map<String, AtomicInteger> completions = new LinkedHashMap<>();

    private final AtomicInteger unanswered = new AtomicInteger();

    private volatile boolean stopped;

    People(List<Duty> duties) {
        this.duties = duties;
        duties.forEach(duty -> completions.putIfAbsent(duty.taskKey(), new AtomicInteger()));
        this.worker = new Thread(this::work, "people");
    }

    /** An offboarding's people: the manager reviews each hand-over plan, a platform admin approves the deletions. */
    static People offboarding(Supplier<TestHttp> manager, Supplier<TestHttp> platformAdmin) {
        return new People(List.of(new Duty(manager, "Task_ReviewPlan", People::review),
                new Duty(platformAdmin, "Task_ApproveDeletions", People::approve)));
    }

    /** An onboarding's people: the manager and HR do the internal steps they are given, HR the profile picture. */
    static People onboarding(Supplier<TestHttp> manager, Supplier<TestHttp> hr) {
        return new People(List.of(new Duty(manager, "Task_InternalStep", People::stepDone),
                new Duty(hr, "Task_InternalStep", People::stepDone),
                new Duty(hr, "Task_ProfilePicture", People::stepDone)));
    }

    People start() {
        worker.start();
        return this;
    }

    private void work() {
        while (!stopped) {
            try {
                int done = 0;
                for (Duty duty : duties) {
                    done += completeOpen(duty.person().get(), duty.taskKey(), duty.decision());
                }
                if (done == 0) {
                    JavaProcess.sleep(500);
                }
            }
            catch (IllegalStateException noAnswer) {
                unanswered.incrementAndGet();
                JavaProcess.sleep(1000);
            }
            catch (Exception exception) {
                fail("people stopped working: " + exception);
                return;
            }
        }
    }

    interface Decision {

        ObjectNode variables(JsonNode form) throws Exception;

    }

    private int completeOpen(TestHttp person, String taskKey, Decision decision) throws Exception {
        HttpResponse<String> open = person.get("/engine-rest/task?taskDefinitionKey=" + taskKey + "&maxResults=20");
        if (open.statusCode() != 200) {
            fail(person.user() + " could not list " + taskKey + ": " + open.statusCode() + " " + open.body());
            return 0;
        }
        int completed = 0;
        for (JsonNode task : JSON.readTree(open.body())) {
            String taskId = task.get("id").asText();
            HttpResponse<String> form = person
                .get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false");
            if (form.statusCode() != 200) {
                continue; // completed meanwhile, or the node is going down: look again
            }
            ObjectNode body = JSON.createObjectNode();
            body.set("variables", decision.variables(JSON.readTree(form.body())));
            HttpResponse<String> submitted = person.postJson("/engine-rest/task/" + taskId + "/submit-form",
                    body.toString());
            if (submitted.statusCode() == 204) {
                completions.get(taskKey).incrementAndGet();
                completed++;
            }
            else if (submitted.statusCode() != 404 && !submitted.body().contains("OptimisticLockingException")) {
                fail(person.user() + " could not complete " + taskKey + " " + taskId + ": "
                        + submitted.statusCode() + " " + submitted.body());
            }
        }
        return completed;
    }

    /** The manager keeps every app in the list Roster proposed it for, with HR's successor. */
    private static ObjectNode review(JsonNode form) {
        ObjectNode variables = JSON.createObjectNode();
        for (String list : REVIEW_LISTS) {
            variables.set(list, typed(form.at("/" + list + "/value").asText(), "Json"));
        }
        if (form.hasNonNull("defaultSuccessor")) {
            variables.set("defaultSuccessor", typed(form.at("/defaultSuccessor/value").asText(), "String"));
        }
        variables.set("reviewComment", typed("as proposed", "String"));
        return variables;
    }

    /** The platform admin approves every deletion offered. */
    private static ObjectNode approve(JsonNode form) throws Exception {
        List<String> approved = new ArrayList<>();
        JSON.readTree(form.at("/deletionOptions/value").asText())
            .forEach(option -> approved.add(option.path("value").asText()));
        ObjectNode variables = JSON.createObjectNode();
        variables.set("approvedDeletions", typed(JSON.writeValueAsString(approved), "Json"));
        variables.set("approvalComment", typed("training app, nothing to keep", "String"));
        return variables;
    }

    /** An internal step or the picture: done. */
    private static ObjectNode stepDone(JsonNode form) {
        ObjectNode variables = JSON.createObjectNode();
        variables.set("stepDone", JSON.valueToTree(Map.of("value", true, "type", "Boolean")));
        return variables;
    }

    private static JsonNode typed(String value, String type) {
        return JSON.valueToTree(Map.of("value", value, "type", type));
    }

    private synchronized void fail(String failure) {
        failures.add(failure);
    }

    /** Stops working; answers what could not be done (nothing is the promise). */
    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    void awaitFirstApproval(Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        while (completions.get("Task_ApproveDeletions").get() == 0 && Instant.now().isBefore(deadline)) {
            JavaProcess.sleep(200);
        }
    }

    /** e.g. "Task_ReviewPlan 12, Task_ApproveDeletions 6 completed; 3 requests without answer (retried)". */
    String summary() {
        StringBuilder summary = new StringBuilder();
        completions.forEach((taskKey, count) -> summary.append(summary.isEmpty() ? "" : ", ")
            .append(taskKey)
            .append(' ')
            .append(count));
        return summary + " completed; " + unanswered + " requests without answer (retried)";
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        worker.join();
    }

}

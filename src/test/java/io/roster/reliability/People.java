package io.roster.reliability;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.roster.TestHttp;

/**
 * The people between the steps, working through the engine's REST API as Tasklist does while nodes die: the manager
 * (demo user {@code mark}) reviews each hand-over plan and keeps what Roster proposed, a platform admin who did not
 * review it ({@code paula}) approves its deletions.
 * <p>
 * A completion that gets no answer (the node died) is not assumed done or lost: the task is simply looked for again,
 * and completed if it is still open. Anything else than done, gone or an optimistic locking conflict is a failure
 * the check reports.
 */
final class People implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> REVIEW_LISTS = List.of("handOverApps", "deleteApps", "leaveTeamApps",
            "manualApps");

    private final Supplier<TestHttp> manager;

    private final Supplier<TestHttp> platformAdmin;

    private final Thread worker;

    private final List<String> failures = new ArrayList<>();

    private final AtomicInteger reviews = new AtomicInteger();

    private final AtomicInteger approvals = new AtomicInteger();

    private final AtomicInteger unanswered = new AtomicInteger();

    private volatile boolean stopped;

    /** Each supplier answers the person's client for a node that is up (or was, a moment ago). */
    People(Supplier<TestHttp> manager, Supplier<TestHttp> platformAdmin) {
        this.manager = manager;
        this.platformAdmin = platformAdmin;
        this.worker = new Thread(this::work, "people");
    }

    People start() {
        worker.start();
        return this;
    }

    private void work() {
        while (!stopped) {
            try {
                int done = completeOpen(manager.get(), "Task_ReviewPlan", this::review)
                        + completeOpen(platformAdmin.get(), "Task_ApproveDeletions", this::approve);
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

    private interface Decision {

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
                (taskKey.equals("Task_ReviewPlan") ? reviews : approvals).incrementAndGet();
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
    private ObjectNode review(JsonNode form) {
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
    private ObjectNode approve(JsonNode form) throws Exception {
        List<String> approved = new ArrayList<>();
        JSON.readTree(form.at("/deletionOptions/value").asText())
            .forEach(option -> approved.add(option.path("value").asText()));
        ObjectNode variables = JSON.createObjectNode();
        variables.set("approvedDeletions", typed(JSON.writeValueAsString(approved), "Json"));
        variables.set("approvalComment", typed("training app, nothing to keep", "String"));
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
        while (approvals.get() == 0 && Instant.now().isBefore(deadline)) {
            JavaProcess.sleep(200);
        }
    }

    /** e.g. "12 reviews, 6 approvals, 3 requests without answer (retried)". */
    String summary() {
        return reviews + " reviews, " + approvals + " approvals, " + unanswered + " requests without answer (retried)";
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        worker.join();
    }

}

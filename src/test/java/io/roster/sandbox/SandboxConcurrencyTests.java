package io.roster.sandbox;

import static io.roster.sandbox.Brightwater.*;
import static io.roster.sandbox.PlatformRequests.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of calls at once: each is answered and journaled exactly once, changes do not get lost, and a rule checked
 * by many callers at the same moment holds for exactly one of them.
 */
class SandboxConcurrencyTests {

    private static final int THREADS = 32;

    private final SandboxClient sandbox = SandboxServer.shared().client();

    private final SandboxClient.Caller service = sandbox.service();

    private long since;

    @BeforeEach
    void reset() {
        since = sandbox.reset();
    }

    @Test
    void hundredsOfParallelCallsAreEachAnsweredAndJournaledOnce() throws Exception {
        List<JsonNode> members = new ArrayList<>();
        sandbox.admin().get("/sandbox/admin/state/members").json().forEach(members::add);
        List<String> colleagues = members.stream()
            .filter(member -> !member.get("external").asBoolean() && member.get("active").asBoolean()
                    && !member.get("mendixAdmin").asBoolean())
            .map(member -> member.get("userId").asText())
            .toList();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            for (String colleague : colleagues.subList(0, 20)) {
                calls.add(() -> service.get("/sandbox/projects/v2/users/" + colleague + "/projects").status());
            }
            calls.add(() -> service.get("/sandbox/cloud/api/v4/apps?limit=100").status());
            calls.add(() -> sandbox.serviceKey().get("/sandbox/usermanagement/legacy-api/1/users").status());
        }
        for (String colleague : colleagues.subList(20, 40)) {
            calls.add(() -> service.patch("/sandbox/users-status/v1/platform-users/" + colleague, "{\"active\":false}")
                .status());
        }
        Map<Integer, Long> statuses = runAll(calls);

        assertThat(statuses).isEqualTo(Map.of(200, 220L, 204, 20L));
        List<JsonNode> journal = sandbox.journalSince(since);
        assertThat(journal).hasSize(240);
        assertThat(journal).extracting(entry -> entry.get("sequence").asLong())
            .doesNotHaveDuplicates()
            .isSorted()
            .startsWith(since + 1)
            .endsWith(since + 240);
        for (String colleague : colleagues.subList(20, 40)) {
            assertThat(sandbox.member(colleague).get("active").asBoolean()).isFalse();
        }
        assertThat(service.get("/sandbox/audit/v1/logs?limit=100").json().at("/pagination/total").asInt())
            .isEqualTo(20);
    }

    @Test
    void ofManyCallersAddingTheSameMemberExactlyOneSucceeds() throws Exception {
        String members = "/sandbox/projects/v2/projects/" + appId(CLAIMS_INTAKE) + "/members";
        String body = newMember(NOAH, DEVELOPER);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int call = 0; call < 50; call++) {
            calls.add(() -> service.post(members, body).status());
        }
        assertThat(runAll(calls)).isEqualTo(Map.of(201, 1L, 409, 49L));
        assertThat(sandbox.app(appId(CLAIMS_INTAKE)).get("team"))
            .filteredOn(member -> member.get("email").asText().equals(NOAH))
            .hasSize(1);
    }

    @Test
    void ofTwoScrumMastersLeavingAtOnceOneStays() throws Exception {
        String members = "/sandbox/projects/v2/projects/" + appId(POLICY_ADMIN_PORTAL) + "/members/";
        List<Callable<Integer>> calls = List.of(() -> service.delete(members + userId(SOFIA)).status(),
                () -> service.delete(members + userId(OLIVER)).status());
        assertThat(runAll(calls)).isEqualTo(Map.of(204, 1L, 409, 1L));
    }

    private static Map<Integer, Long> runAll(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> answers = pool.invokeAll(calls);
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        }
        finally {
            pool.shutdownNow();
        }
    }

}

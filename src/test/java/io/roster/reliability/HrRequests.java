package io.roster.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import io.roster.TestHttp;

/**
 * HR's requests to a node that may be killed at any moment: each with an Idempotency-Key, sent again (same key) while
 * the node answers nothing, so that a kill while starting loses no request and starts nothing twice.
 */
final class HrRequests {

    private HrRequests() {
    }

    /** POSTs each JSON body to {@code path} under its Idempotency-Key, {@code threads} at a time; each must start. */
    static void postAll(Supplier<TestHttp> hr, String path, Map<String, String> bodiesByKey, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> sent = new ArrayList<>();
        bodiesByKey.forEach((key, body) -> sent.add(pool.submit(() -> {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            while (true) {
                try {
                    HttpResponse<String> response = hr.get().send("POST", path, "application/json", body,
                            Map.of("Idempotency-Key", key));
                    assertThat(response.statusCode()).as(key + ": " + response.body()).isIn(200, 201);
                    return null;
                }
                catch (IllegalStateException noAnswer) {
                    if (Instant.now().isAfter(deadline)) {
                        throw noAnswer;
                    }
                    JavaProcess.sleep(1000);
                }
            }
        })));
        for (Future<?> request : sent) {
            request.get();
        }
        pool.shutdown();
    }

}

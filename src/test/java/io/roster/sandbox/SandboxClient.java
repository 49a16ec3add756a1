package io.roster.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Talks to a running sandbox platform over real HTTP (JDK client), as a platform client with some credentials or as
 * the sandbox's admin, and keeps every exchange whole so tests can check it against the published contracts.
 */
final class SandboxClient {

    static final ObjectMapper JSON = new ObjectMapper();

    static final String ADMIN_USER = "sandbox-admin";

    static final String ADMIN_PASSWORD = "demo";

    private final String baseUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SandboxClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** One request and its answer, as sent and received. */
    record Exchange(String method, URI uri, Map<String, String> requestHeaders, String requestBody, int status,
            String contentType, String body, HttpHeaders responseHeaders) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            }
            catch (IOException exception) {
                throw new AssertionError(method + " " + uri + " answered " + status + " with no JSON: " + body,
                        exception);
            }
        }

        String header(String name) {
            return responseHeaders.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return method + " " + uri + " -> " + status + " " + body;
        }

    }

    /** Someone calling the sandbox with some credentials (or none). */
    final class Caller {

        private final Map<String, String> headers;

        private final Duration timeout;

        private Caller(Map<String, String> headers, Duration timeout) {
            this.headers = headers;
            this.timeout = timeout;
        }

        Caller timeout(Duration newTimeout) {
            return new Caller(headers, newTimeout);
        }

        Caller header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Caller(more, timeout);
        }

        Exchange get(String path) {
            return send("GET", path, null);
        }

        Exchange post(String path, String json) {
            return send("POST", path, json);
        }

        Exchange put(String path, String json) {
            return send("PUT", path, json);
        }

        Exchange patch(String path, String json) {
            return send("PATCH", path, json);
        }

        Exchange delete(String path) {
            return send("DELETE", path, null);
        }

        Exchange send(String method, String path, String json) {
            URI uri = URI.create(baseUrl + path);
            Map<String, String> sent = new LinkedHashMap<>(headers);
            if (json != null) {
                sent.put("Content-Type", "application/json");
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
            sent.forEach(request::header);
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Exchange(method, uri, sent, json, response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(null), response.body(),
                        response.headers());
            }
            catch (IOException exception) {
                throw new UncheckedIOException(exception);
            }
            catch (InterruptedException exception) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(exception);
            }
        }

    }

    Caller pat(String token) {
        return new Caller(Map.of("Authorization", "MxToken " + token), Duration.ofSeconds(20));
    }

    Caller apiKey(String username, String key) {
        return new Caller(Map.of("Mendix-Username", username, "Mendix-ApiKey", key), Duration.ofSeconds(20));
    }

    Caller anonymous() {
        return new Caller(Map.of(), Duration.ofSeconds(20));
    }

    Caller admin() {
        String basic = Base64.getEncoder()
            .encodeToString((ADMIN_USER + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return new Caller(Map.of("Authorization", "Basic " + basic), Duration.ofSeconds(20));
    }

    Caller service() {
        return pat(Brightwater.SERVICE_PAT);
    }

    Caller serviceKey() {
        return apiKey(Brightwater.SERVICE, Brightwater.SERVICE_API_KEY);
    }

    // --- the admin API ---

    /** Back to the fixture; answers the journal's last sequence number, from where the test's calls count. */
    long reset() {
        return ok(admin().post("/sandbox/admin/reset", null)).json().get("journalSequence").asLong();
    }

    List<JsonNode> journalSince(long sequence) {
        List<JsonNode> entries = new ArrayList<>();
        ok(admin().get("/sandbox/admin/journal?since=" + sequence)).json().get("entries").forEach(entries::add);
        return entries;
    }

    JsonNode member(String emailOrId) {
        return ok(admin().get("/sandbox/admin/state/members/" + emailOrId)).json();
    }

    JsonNode app(String appId) {
        return ok(admin().get("/sandbox/admin/state/apps/" + appId)).json();
    }

    void faults(String api, String settings) {
        ok(admin().put("/sandbox/admin/faults/" + api, settings));
    }

    static Exchange ok(Exchange exchange) {
        if (exchange.status() >= 300) {
            throw new AssertionError("expected success: " + exchange);
        }
        return exchange;
    }

}

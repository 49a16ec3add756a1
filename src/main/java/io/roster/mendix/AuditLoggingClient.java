package io.roster.mendix;

import static io.roster.mendix.MendixErrorDecoder.text;
import static io.roster.mendix.MendixHttp.MalformedAnswer.required;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.roster.mendix.MendixErrorDecoder.PlatformError;
import io.roster.mendix.MendixHttp.MalformedAnswer;
import io.roster.mendix.Paging.Page;

import org.springframework.web.util.UriBuilder;

/**
 * The Audit Logging API: the company's platform audit trail. The company comes from the token. Events are read
 * newest first, so that {@link AuditQuery#maxEvents()} keeps the most recent ones.
 */
final class AuditLoggingClient {

    /** Errors are {@code {"error":{"status","message"}}}. */
    static final MendixErrorDecoder ERRORS = body -> new PlatformError(null, text(body.path("error").get("message")));

    /** "The default is 50, the maximum is 100." */
    static final int PAGE_SIZE = 100;

    private final MendixHttp http;

    AuditLoggingClient(MendixHttp http) {
        this.http = http;
    }

    /** {@code GET /logs} with the query's filters, page by page until {@code maxEvents}. */
    List<AuditEvent> logs(AuditQuery query) {
        if (query.maxEvents() < 1) {
            throw new IllegalArgumentException("maxEvents must be at least 1, not " + query.maxEvents());
        }
        String operation = "read audit trail";
        int limit = Math.min(PAGE_SIZE, query.maxEvents());
        List<AuditEvent> events = Paging.all(MendixApi.AUDIT_LOGGING, operation, (index, offset) -> http.fetch(
                operation, client -> client.get().uri(uri -> logsUri(uri, query, index + 1, limit)), Logs.class,
                page -> {
                    List<AuditLog> items = required(page.items(), "items");
                    Integer total = page.pagination() == null ? null : page.pagination().total();
                    boolean last = offset + items.size() >= query.maxEvents()
                            || (total != null ? (index + 1) * limit >= total : items.size() < limit);
                    return new Page<>(items.stream().map(AuditLoggingClient::event).toList(), last);
                }));
        return events.size() <= query.maxEvents() ? events : List.copyOf(events.subList(0, query.maxEvents()));
    }

    /** Every value goes in as a URI variable, so that it is encoded strictly ({@code +}, {@code &} ...). */
    private static java.net.URI logsUri(UriBuilder uri, AuditQuery query, int page, int limit) {
        Map<String, Object> values = new HashMap<>();
        uri.path("/logs");
        filter(uri, values, "resourceId", query.resourceId());
        filter(uri, values, "resourceType", query.resourceType());
        filter(uri, values, "q", query.text());
        filter(uri, values, "from", query.from());
        filter(uri, values, "to", query.to());
        filter(uri, values, "page", page);
        filter(uri, values, "limit", limit);
        filter(uri, values, "sortBy", "timestamp");
        filter(uri, values, "sortOrder", "desc");
        return uri.build(values);
    }

    private static void filter(UriBuilder uri, Map<String, Object> values, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, "{" + name + "}");
            values.put(name, value.toString());
        }
    }

    private static AuditEvent event(AuditLog log) {
        Client client = log.client() == null ? new Client(null, null) : log.client();
        Event event = log.event() == null ? new Event(null, null, null, null) : log.event();
        Resource resource = event.resource() == null ? new Resource(null, null, null) : event.resource();
        return new AuditEvent(required(log.logId(), "items[].logId"), instant(required(log.timestamp(),
                "items[].timestamp")), client.userUuid(),
                client.userAccountEmail() == null ? null : client.userAccountEmail().toLowerCase(Locale.ROOT),
                event.action(), event.description(), event.outcome(), resource.resourceId(), resource.resourceType(),
                resource.name());
    }

    private static Instant instant(String timestamp) {
        try {
            return Instant.parse(timestamp);
        }
        catch (DateTimeParseException unreadable) {
            throw new MalformedAnswer("'timestamp' is not an ISO 8601 instant");
        }
    }

    // --- the API's JSON, as published (audit-logging-v1.yaml) ---

    private record Logs(Pagination pagination, List<AuditLog> items) {
    }

    private record Pagination(Integer page, Integer pageSize, Integer total) {
    }

    private record AuditLog(String logId, String timestamp, Client client, Event event) {
    }

    private record Client(String userUuid, String userAccountEmail) {
    }

    private record Event(String action, String description, String outcome, Resource resource) {
    }

    private record Resource(String resourceId, String resourceType, String name) {
    }

}

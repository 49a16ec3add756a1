package io.roster.sandbox;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Audit Logging API: the company's platform audit log, filtered and paged, for Mendix Admins. */
@RestController
@RequestMapping(SandboxApi.Paths.AUDIT_LOGGING)
@Profile("sandbox")
class AuditLoggingApi {

    static final int DEFAULT_LIMIT = 50;

    static final int MAX_LIMIT = 100;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Client(String userUuid, String userAccountEmail, String userName, String ipAddress, String originType) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Resource(String resourceId, String resourceType, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Context(String contextId, String contextType, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Event(String action, String description, String outcome, String oldValue, String newValue,
            Resource resource, Context context) {
    }

    record AuditLog(String logId, Instant timestamp, String ownerId, String ownerIdType, String internalService,
            String externalService, Client client, Event event) {
    }

    record Pagination(String self, int page, int pageSize, int total) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Cursors(String self, String prev, String next, String first, String last) {
    }

    record Logs(Pagination pagination, Cursors cursors, List<AuditLog> items) {
    }

    private final PlatformStore store;

    AuditLoggingApi(PlatformStore store) {
        this.store = store;
    }

    @GetMapping("/logs")
    @PlatformOperation(value = "getAuditLogs", scopes = Scopes.AUDIT_LOGGING_READ, adminOnly = true)
    Logs logs(@RequestParam(required = false) String eventOutcome, @RequestParam(required = false) String resourceId,
            @RequestParam(required = false) String contextId, @RequestParam(required = false) String contextType,
            @RequestParam(required = false) String resourceType, @RequestParam(required = false) String q,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String sortBy, @RequestParam(required = false) String sortOrder,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller, HttpServletRequest request) {
        int pageNumber = page == null ? 1 : page;
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (pageNumber < 1 || size < 1 || size > MAX_LIMIT) {
            throw PlatformError.invalid("Bad request, page starts at 1 and limit is between 1 and " + MAX_LIMIT);
        }
        Comparator<AuditEvent> order = order(sortBy, sortOrder);
        Predicate<AuditEvent> filter = matches(eventOutcome, AuditEvent::outcome)
            .and(matches(resourceId, AuditEvent::resourceId))
            .and(matches(contextId, AuditEvent::contextId))
            .and(matches(contextType, AuditEvent::contextType))
            .and(matches(resourceType, AuditEvent::resourceType))
            .and(search(q))
            .and(between(instant("from", from), instant("to", to)));
        String ownerId = caller.member().accountId();
        List<AuditEvent> found = store.readAudit(events -> events.stream().filter(filter).sorted(order).toList());
        Page<AuditEvent> selected = new Page.Window((pageNumber - 1) * size, size).of(found);
        int last = Math.max(1, (found.size() + size - 1) / size);
        return new Logs(new Pagination(link(request, pageNumber), pageNumber, selected.items().size(), found.size()),
                new Cursors(link(request, pageNumber), pageNumber > 1 ? link(request, pageNumber - 1) : null,
                        pageNumber < last ? link(request, pageNumber + 1) : null, link(request, 1),
                        link(request, last)),
                selected.items().stream().map(event -> json(event, ownerId)).toList());
    }

    private static AuditLog json(AuditEvent event, String ownerId) {
        return new AuditLog(event.logId(), event.timestamp(), ownerId, "CompanyID", event.internalService(),
                event.externalService(),
                new Client(event.userUuid(), event.userEmail(), event.userName(), event.ipAddress(),
                        event.originType()),
                new Event(event.action(), event.description(), event.outcome(), event.oldValue(), event.newValue(),
                        new Resource(event.resourceId(), event.resourceType(), event.resourceName()),
                        new Context(event.contextId(), event.contextType(), event.contextName())));
    }

    private static Comparator<AuditEvent> order(String sortBy, String sortOrder) {
        Comparator<AuditEvent> order = switch (sortBy == null ? "timestamp" : sortBy) {
            case "timestamp" -> Comparator.comparing(AuditEvent::timestamp);
            case "logId" -> Comparator.comparing(AuditEvent::logId);
            default -> throw PlatformError.invalid("Bad request, sortBy must be timestamp or logId");
        };
        return switch (sortOrder == null ? "asc" : sortOrder) {
            case "asc" -> order;
            case "desc" -> order.reversed();
            default -> throw PlatformError.invalid("Bad request, sortOrder must be asc or desc");
        };
    }

    private static Predicate<AuditEvent> matches(String wanted, Function<AuditEvent, String> field) {
        return event -> wanted == null || wanted.equals(field.apply(event));
    }

    private static Predicate<AuditEvent> search(String q) {
        if (q == null || q.isBlank()) {
            return event -> true;
        }
        String needle = q.toLowerCase(Locale.ROOT);
        return event -> Stream
            .of(event.action(), event.description(), event.resourceName(), event.contextName(), event.userEmail(),
                    event.internalService(), event.externalService())
            .anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(needle));
    }

    private static Predicate<AuditEvent> between(Instant from, Instant to) {
        return event -> (from == null || !event.timestamp().isBefore(from))
                && (to == null || !event.timestamp().isAfter(to));
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        }
        catch (DateTimeParseException exception) {
            throw PlatformError.invalid("Bad request, " + name + " must be an ISO 8601 UTC date and time");
        }
    }

    private static String link(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
            .query(request.getQueryString())
            .replaceQueryParam("page", page)
            .build()
            .toUriString();
    }

}

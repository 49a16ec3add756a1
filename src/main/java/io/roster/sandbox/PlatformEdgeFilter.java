package io.roster.sandbox;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The edge of the platform, where every request to a platform API passes: it starts the request's
 * {@link PlatformCall}, injects the faults {@link Faults} decides on, and records the answer in the {@link Journal}.
 * Admin requests pass untouched.
 */
final class PlatformEdgeFilter extends OncePerRequestFilter {

    private static final Map<String, String> RATE_LIMITED = Map.of("message", "API rate limit exceeded");

    private final Journal journal;

    private final Faults faults;

    private final ObjectMapper json;

    PlatformEdgeFilter(Journal journal, Faults faults, ObjectMapper json) {
        this.journal = journal;
        this.faults = faults;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<SandboxApi> api = SandboxApi.of(request.getRequestURI());
        if (api.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        PlatformCall call = new PlatformCall(api.get(), Instant.now(), request.getMethod(), request.getRequestURI(),
                request.getQueryString());
        request.setAttribute(PlatformCall.ATTRIBUTE, call);
        Faults.Decision decision = faults.decide(api.get());
        if (!decision.latency().isZero()) {
            call.fault("latency");
            pause(decision.latency());
        }
        if (decision.rejection() != null) {
            reject(api.get(), decision.rejection(), call, response);
            journal.record(call, response.getStatus());
            return;
        }
        if (decision.stall().isZero()) {
            proceed(request, response, chain, call);
            journal.record(call, response.getStatus());
            return;
        }
        // carried out, but the answer comes too late: the body is held back until the stall is over
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        proceed(request, held, chain, call);
        call.fault("stall");
        pause(decision.stall());
        try {
            held.copyBodyToResponse();
        }
        catch (IOException clientGaveUp) {
            // the client timed out long ago, which is the point
        }
        journal.record(call, held.getStatus());
    }

    /** Passes the request on; a failure nobody answered is journaled as the 500 it becomes. */
    private void proceed(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            PlatformCall call) throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        catch (ServletException | IOException | RuntimeException failure) {
            call.message(failure.toString());
            journal.record(call, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            throw failure;
        }
    }

    private void reject(SandboxApi api, Faults.Rejection rejection, PlatformCall call, HttpServletResponse response)
            throws IOException {
        call.fault(rejection.fault());
        if (rejection.status() == 429) {
            call.message("API rate limit exceeded");
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(rejection.retryAfterSeconds()));
            write(response, PlatformResponse.json(429, RATE_LIMITED));
            return;
        }
        call.message("injected " + rejection.fault() + " " + rejection.status());
        write(response, api.errors().failure(rejection.status()));
    }

    private void write(HttpServletResponse response, PlatformResponse answer) throws IOException {
        response.setStatus(answer.status());
        response.setContentType(answer.contentType().toString());
        response.setCharacterEncoding("UTF-8");
        if (answer.contentType().equals(MediaType.TEXT_PLAIN)) {
            response.getWriter().write((String) answer.body());
        }
        else {
            json.writeValue(response.getWriter(), answer.body());
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

}

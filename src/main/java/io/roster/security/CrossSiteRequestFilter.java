package io.roster.security;

import java.io.IOException;
import java.util.Set;

import io.roster.system.ProblemResponseWriter;
import io.roster.system.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browsers remember HTTP Basic credentials and would send them along with a request another site makes them do.
 * Such requests carry {@code Sec-Fetch-Site: cross-site}; this filter refuses them when they would change something.
 */
final class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ProblemResponseWriter problems;

    CrossSiteRequestFilter(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && "cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "cross-site-request",
                    "Cross-site request refused", "A page of another site may not change anything in Roster."));
            return;
        }
        chain.doFilter(request, response);
    }

}

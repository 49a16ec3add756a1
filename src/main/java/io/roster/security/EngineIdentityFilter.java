package io.roster.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the logged-in user and groups to the engine for the length of an {@code /engine-rest} request, so that the
 * engine's authorizations decide what the caller sees and may do, exactly as in Tasklist and Cockpit.
 */
final class EngineIdentityFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    EngineIdentityFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        identityService.setAuthentication(authentication.getName(),
                CamundaIdentityAuthenticationProvider.groupsOf(authentication));
        try {
            chain.doFilter(request, response);
        }
        finally {
            identityService.clearAuthentication();
        }
    }

}

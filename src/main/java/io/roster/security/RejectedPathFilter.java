package io.roster.security;

import java.io.IOException;

import io.roster.system.ProblemResponseWriter;
import io.roster.system.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Paths with tricks in them ({@code /../}, {@code //}, {@code ;}, encoded dots or line breaks) are refused with a
 * problem before anything else looks at them. Spring Security's firewall would refuse them too, but only after
 * Spring's own path parsing, which fails with a 500 on some of them (a {@code ..} that climbs into
 * {@code /engine-rest}), and its refusal is not problem JSON.
 */
@Configuration(proxyBeanMethods = false)
class RejectedPathFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> rejectedPaths(ObjectProvider<HttpFirewall> firewall,
            ProblemResponseWriter problems) {
        HttpFirewall rules = firewall.getIfAvailable(StrictHttpFirewall::new);
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        try {
                            rules.getFirewalledRequest(request);
                        }
                        catch (RequestRejectedException rejected) {
                            problems.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, "rejected-path",
                                    "Path refused", "The path contains segments or characters Roster does not "
                                            + "accept (such as .., //, ; or encoded separators)."));
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

}

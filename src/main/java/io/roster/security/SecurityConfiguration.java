package io.roster.security;

import java.util.Arrays;

import io.roster.system.ProblemResponseWriter;
import io.roster.system.Problems;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The engine ships open; Roster does not. One filter chain per surface:
 * <ul>
 * <li>actuator: health open, the rest for {@code camunda-admin};</li>
 * <li>{@code /api}: HTTP Basic, roles checked per endpoint with {@code @PreAuthorize};</li>
 * <li>{@code /engine-rest}: HTTP Basic, then the engine's own authorizations decide;</li>
 * <li>{@code /camunda}: the web apps' own session login and CSRF protection;</li>
 * <li>anything else: login required.</li>
 * </ul>
 * Credentials are Camunda users; 401 and 403 answers are problem JSON.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    static final String REALM = "Roster";

    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http, ProblemResponseWriter problems) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
            .authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                .permitAll()
                .anyRequest()
                .hasRole(Roles.CAMUNDA_ADMIN));
        return stateless(http, problems).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ProblemResponseWriter problems) throws Exception {
        http.securityMatcher(paths("/api/**", "/swagger-ui/**"))
            .authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        return stateless(http, problems).build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain engineRest(HttpSecurity http, ProblemResponseWriter problems,
            IdentityService identityService) throws Exception {
        http.securityMatcher(paths("/engine-rest/**"))
            // the engine counts a refused execution as a failure of the job and takes one of its retries
            .authorizeHttpRequests(requests -> requests.requestMatchers(paths("/engine-rest/job/*/execute"))
                .hasRole(Roles.CAMUNDA_ADMIN)
                .anyRequest()
                .authenticated())
            .addFilterAfter(new EngineIdentityFilter(identityService), AuthorizationFilter.class);
        return stateless(http, problems).build();
    }

    /**
     * Camunda's web apps bring their own login, CSRF filter, session cookie and security headers.
     * {@code /camunda-welcome} holds static files the web apps load on every page: answering them with a Basic
     * challenge would make browsers open a login dialog over Tasklist.
     */
    @Bean
    @Order(4)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(paths("/camunda/**", "/camunda-welcome/**", "/", "/error", "/favicon.ico"))
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .csrf(AbstractHttpConfigurer::disable)
            .headers(AbstractHttpConfigurer::disable)
            .requestCache(AbstractHttpConfigurer::disable)
            .build();
    }

    @Bean
    @Order(Integer.MAX_VALUE)
    SecurityFilterChain everythingElse(HttpSecurity http, ProblemResponseWriter problems) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        return stateless(http, problems).build();
    }

    /**
     * Path matchers that see the whole path: {@code /engine-rest} and {@code /camunda} are served by servlets of their
     * own, which Spring MVC's matchers would not see.
     */
    static RequestMatcher paths(String... patterns) {
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(Arrays.stream(patterns).<RequestMatcher>map(builder::matcher).toList());
    }

    /**
     * HTTP Basic without sessions, so there is no cookie for a forged request to ride on; the credentials a browser
     * caches are covered by {@link CrossSiteRequestFilter}.
     */
    private static HttpSecurity stateless(HttpSecurity http, ProblemResponseWriter problems) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "Authentication required", "Log in with the HTTP Basic credentials of a Roster user."));
        };
        AccessDeniedHandler forbidden = (request, response, exception) -> problems.write(request, response,
                Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                        "Your roles do not allow this request."));
        return http.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthenticated))
            .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated)
                .accessDeniedHandler(forbidden))
            .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(AbstractHttpConfigurer::disable)
            .csrf(AbstractHttpConfigurer::disable)
            .addFilterBefore(new CrossSiteRequestFilter(problems), BasicAuthenticationFilter.class);
    }

}

package io.roster.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * What the sandbox needs from the web server and Spring Security:
 * <ul>
 * <li>a filter chain for {@code /sandbox/**} that lets requests through to the platform's own checks (tokens, API
 * keys, the admin's HTTP Basic), without sessions or CSRF tokens, which the platform's clients do not have;</li>
 * <li>URL-encoded slashes in one place only: the legacy User Management API takes an OpenID, itself a URL, encoded in
 * the path ({@code /users/https%3A%2F%2Fmxid2...}). Tomcat passes {@code %2F} through undecoded, and the firewall
 * allows it under {@value #LEGACY_USERS} and rejects it everywhere else, as before.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@Profile("sandbox")
class SandboxSecurityConfiguration {

    static final String LEGACY_USERS = SandboxApi.Paths.USER_MANAGEMENT + "/users/";

    /** Before Roster's catch-all chain, which would ask the platform's clients for a Roster login. */
    @Bean
    @Order(0)
    SecurityFilterChain sandboxPlatform(HttpSecurity http) throws Exception {
        return http.securityMatcher("/sandbox/**")
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .csrf(AbstractHttpConfigurer::disable)
            .requestCache(AbstractHttpConfigurer::disable)
            .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .build();
    }

    @Bean
    HttpFirewall sandboxFirewall() {
        return new OpenIdPathFirewall();
    }

    /** Spring Security's strict firewall, with encoded slashes allowed under {@value #LEGACY_USERS} only. */
    static final class OpenIdPathFirewall implements HttpFirewall {

        private final StrictHttpFirewall strict = new StrictHttpFirewall();

        private final StrictHttpFirewall openIds = new StrictHttpFirewall();

        OpenIdPathFirewall() {
            openIds.setAllowUrlEncodedSlash(true);
            openIds.setAllowUrlEncodedDoubleSlash(true);
            // Tomcat leaves %2F encoded, so the decoded path still holds a percent sign
            openIds.setAllowUrlEncodedPercent(true);
        }

        @Override
        public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
            return (request.getRequestURI().startsWith(LEGACY_USERS) ? openIds : strict).getFirewalledRequest(request);
        }

        @Override
        public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
            return strict.getFirewalledResponse(response);
        }

    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> sandboxEncodedSlashes() {
        return factory -> factory.addConnectorCustomizers(
                connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }

}

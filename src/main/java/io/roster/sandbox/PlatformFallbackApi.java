package io.roster.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Paths a platform API does not have: answered with that API's own 404, as the real servers do, instead of Roster's
 * or Spring's error page.
 */
@RestController
@Profile("sandbox")
class PlatformFallbackApi {

    @RequestMapping({ SandboxApi.Paths.USER_IDENTIFIERS + "/**", SandboxApi.Paths.USER_DEACTIVATION + "/**",
            SandboxApi.Paths.PROJECTS + "/**", SandboxApi.Paths.DEPLOY + "/**", SandboxApi.Paths.BACKUPS + "/**",
            SandboxApi.Paths.AUDIT_LOGGING + "/**", SandboxApi.Paths.USER_MANAGEMENT + "/**",
            SandboxApi.Paths.ADMIN + "/**" })
    void unknown(HttpServletRequest request) {
        throw PlatformError.notFound("No such resource: " + request.getMethod() + " " + request.getRequestURI());
    }

}

package io.roster.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * HTTP Basic for the sandbox's admin API, with the one admin of {@code roster.sandbox.admin-user/-password}. Like
 * Roster's own Basic surfaces, it refuses changes a browser marks as cross-site, since browsers cache Basic
 * credentials.
 */
final class AdminGate implements HandlerInterceptor {

    static final String REALM = "Roster sandbox platform";

    private final byte[] expected;

    AdminGate(SandboxProperties properties) {
        this.expected = (properties.adminUser() + ":" + properties.adminPassword()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!authenticated(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "Log in with the sandbox admin's HTTP Basic credentials (roster.sandbox.admin-user).");
            return false;
        }
        if (!request.getMethod().equals("GET") && "cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Cross-site requests may not change the sandbox.");
            return false;
        }
        return true;
    }

    private boolean authenticated(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            byte[] presented = Base64.getDecoder().decode(header.substring(6).trim());
            return MessageDigest.isEqual(expected, presented);
        }
        catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
            .write("{\"type\":\"about:blank\",\"title\":\"" + (status == 401 ? "Unauthorized" : "Forbidden")
                    + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }

}

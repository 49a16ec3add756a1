package io.roster.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Authenticates a platform request the way its API does, before the operation runs: a personal access token
 * ({@code Authorization: MxToken <PAT>}) with one of the operation's scopes, or an API key ({@code Mendix-Username} +
 * {@code Mendix-ApiKey}); the credentials of a deactivated member no longer work. Puts the {@link Caller} in the
 * request and tells the {@link PlatformCall} what the call is about.
 */
final class PlatformGate implements HandlerInterceptor {

    private static final String MX_TOKEN = "mxtoken ";

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** Path variables naming what a call is about, across the APIs' spellings. */
    private static final Set<String> USER_VARIABLES = Set.of("user-id", "uuid", "openId", "email");

    private static final Set<String> APP_VARIABLES = Set.of("project-id", "appId", "projectId");

    private final PlatformStore store;

    PlatformGate(PlatformStore store) {
        this.store = store;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(PlatformOperation.class)) {
            return true;
        }
        PlatformOperation operation = method.getMethodAnnotation(PlatformOperation.class);
        PlatformCall call = (PlatformCall) request.getAttribute(PlatformCall.ATTRIBUTE);
        call.operation(operation.value());
        noteTargets(call, request);
        SandboxApi api = SandboxApi.of(request.getRequestURI()).orElseThrow();
        Credential credential = api.credentials() == SandboxApi.Credentials.PAT ? byToken(request)
                : byApiKey(request);
        Member member = store.read(state -> state.member(credential.userId()).orElseThrow());
        call.caller(member.email());
        if (!member.active()) {
            throw PlatformError.inactiveAccount(member);
        }
        Set<String> required = Set.of(operation.scopes());
        if (!required.isEmpty() && required.stream().noneMatch(credential.scopes()::contains)) {
            throw PlatformError.missingScope(required, credential.scopes());
        }
        if (operation.adminOnly() && !member.mendixAdmin()) {
            throw PlatformError.notAdmin(member);
        }
        String address = request.getRemoteAddr();
        request.setAttribute(Caller.ATTRIBUTE,
                new Caller(member, IPV4.matcher(address).matches() ? address : null));
        return true;
    }

    private Credential byToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(MX_TOKEN)
                || header.substring(MX_TOKEN.length()).isBlank()) {
            throw PlatformError.missingCredentials();
        }
        byte[] token = header.substring(MX_TOKEN.length()).trim().getBytes(StandardCharsets.UTF_8);
        return store.read(state -> state.credentials()
            .stream()
            .filter(credential -> credential.pat() != null && matches(credential.pat(), token))
            .findFirst())
            .orElseThrow(PlatformError::invalidCredentials);
    }

    private Credential byApiKey(HttpServletRequest request) {
        String username = request.getHeader("Mendix-Username");
        String key = request.getHeader("Mendix-ApiKey");
        if (username == null || username.isBlank() || key == null || key.isBlank()) {
            throw PlatformError.missingCredentials();
        }
        byte[] presented = key.trim().getBytes(StandardCharsets.UTF_8);
        return store.read(state -> state.memberByEmail(username)
            .flatMap(member -> state.credentialOf(member.userId()))
            .filter(credential -> credential.apiKey() != null && matches(credential.apiKey(), presented)))
            .orElseThrow(PlatformError::invalidCredentials);
    }

    private static boolean matches(String secret, byte[] presented) {
        return MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), presented);
    }

    @SuppressWarnings("unchecked")
    private static void noteTargets(PlatformCall call, HttpServletRequest request) {
        Map<String, String> variables = (Map<String, String>) request
            .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null) {
            return;
        }
        variables.forEach((name, value) -> {
            if (USER_VARIABLES.contains(name)) {
                call.user(value);
            }
            else if (APP_VARIABLES.contains(name)) {
                call.app(value);
            }
            else if (name.equals("environmentId")) {
                call.environment(value);
            }
        });
    }

}

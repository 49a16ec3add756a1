package io.roster.mendix;

import static io.roster.mendix.MendixErrorDecoder.invalidParams;
import static io.roster.mendix.MendixErrorDecoder.joined;
import static io.roster.mendix.MendixErrorDecoder.text;
import static io.roster.mendix.MendixHttp.MalformedAnswer.required;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.roster.mendix.MendixErrorDecoder.PlatformError;
import io.roster.mendix.MendixHttp.MalformedAnswer;
import io.roster.mendix.Paging.Page;

import org.springframework.http.MediaType;

/**
 * The Deploy API v4 (Mendix Cloud only): an app's license and Technical Contact, its environments, and who may do
 * what in each. Members are e-mail addresses here, not UUIDs; the app id is the project id.
 */
final class DeployClient {

    /** Errors are {@code {"error":{"code","message","invalid-params":[{"name","reason"}]}}}. */
    static final MendixErrorDecoder ERRORS = new Errors();

    /** The API publishes no maximum; it answers with the limit it used when it allows fewer. */
    static final int PAGE_SIZE = 100;

    private final MendixHttp http;

    DeployClient(MendixHttp http) {
        this.http = http;
    }

    /** {@code GET /apps/{appId}}. */
    CloudApp app(String appId) {
        return http.fetch("get cloud app", client -> client.get().uri("/apps/{appId}", appId), AppJson.class,
                DeployClient::cloudApp);
    }

    /** {@code PATCH /apps/{appId}} with {@code {"technicalContact":{"userId":email}}} (200). */
    void changeTechnicalContact(String appId, String email) {
        http.send("change technical contact", client -> client.patch()
            .uri("/apps/{appId}", appId)
            .contentType(MediaType.APPLICATION_JSON)
            .body(new TechnicalContactChange(new Member(email))));
    }

    /** {@code GET /apps/{appId}/environments}, all pages. */
    List<Environment> environments(String appId) {
        String operation = "list environments";
        return Paging.all(MendixApi.DEPLOY, operation, (index, offset) -> http.fetch(operation,
                client -> client.get().uri("/apps/{appId}/environments?offset={offset}&limit={limit}", appId, offset,
                        PAGE_SIZE),
                Environments.class, page -> page(required(page.environments(), "environments"), page.pagination(),
                        environment -> new Environment(required(environment.id(), "environments[].id"),
                                environment.appId(), environment.name(), isTrue(environment.isProduction()),
                                environment.state()))));
    }

    /** {@code GET /apps/{appId}/environments/{environmentId}/permissions}, all pages. */
    List<EnvironmentPermission> permissions(String appId, String environmentId) {
        String operation = "list environment permissions";
        return Paging.all(MendixApi.DEPLOY, operation, (index, offset) -> http.fetch(operation,
                client -> client.get()
                    .uri("/apps/{appId}/environments/{environmentId}/permissions?limit={limit}&offset={offset}", appId,
                            environmentId, PAGE_SIZE, offset),
                Permissions.class, page -> page(required(page.permissions(), "permissions"), page.pagination(),
                        DeployClient::permission)));
    }

    /** The permissions of one member ({@code ?userId=email}); empty when the member has none there. */
    List<EnvironmentPermission> permissionsOf(String appId, String environmentId, String email) {
        return http.fetch("get environment permissions",
                client -> client.get()
                    .uri("/apps/{appId}/environments/{environmentId}/permissions?userId={email}", appId,
                            environmentId, email),
                Permissions.class,
                page -> required(page.permissions(), "permissions").stream().map(DeployClient::permission).toList());
    }

    /** {@code PATCH /apps/{appId}/environments/{environmentId}/permissions} for one member (200). */
    void updatePermissions(String appId, String environmentId, EnvironmentPermission permission) {
        http.send("change environment permissions", client -> client.patch()
            .uri("/apps/{appId}/environments/{environmentId}/permissions", appId, environmentId)
            .contentType(MediaType.APPLICATION_JSON)
            .body(new PermissionsUpdate(List.of(permissionJson(permission)))));
    }

    /**
     * Ends at a page shorter than the limit the API says it used: when the API allows fewer than asked, its limit
     * is the page size.
     */
    private static <I, T> Page<T> page(List<I> items, Pagination pagination, Function<I, T> map) {
        int limit = pagination == null || pagination.limit() == null ? PAGE_SIZE : pagination.limit();
        return new Page<>(items.stream().map(map).toList(), items.size() < limit);
    }

    private static CloudApp cloudApp(AppJson app) {
        Membership contact = required(app.technicalContact(), "technicalContact");
        return new CloudApp(required(app.id(), "id"), app.name(),
                licenseType(required(app.licenseType(), "licenseType")), app.subdomain(),
                required(contact.userId(), "technicalContact.userId"), contact.name());
    }

    private static CloudApp.LicenseType licenseType(String licenseType) {
        return switch (licenseType) {
            case "free" -> CloudApp.LicenseType.FREE;
            case "licensed" -> CloudApp.LicenseType.LICENSED;
            default -> throw new MalformedAnswer("unknown licenseType '" + licenseType + "'");
        };
    }

    private static EnvironmentPermission permission(PermissionJson permission) {
        return new EnvironmentPermission(
                required(permission.member() == null ? null : permission.member().userId(),
                        "permissions[].member.userId").toLowerCase(Locale.ROOT),
                isTrue(permission.canDeployApp()), isTrue(permission.canManageBackups()),
                isTrue(permission.canViewAlerts()), isTrue(permission.canAccessApi()),
                isTrue(permission.canViewLogs()), isTrue(permission.canManagePrivileges()));
    }

    private static PermissionJson permissionJson(EnvironmentPermission permission) {
        return new PermissionJson(new Member(permission.memberEmail()), permission.canDeployApp(),
                permission.canManageBackups(), permission.canViewAlerts(), permission.canAccessApi(),
                permission.canViewLogs(), permission.canManagePrivileges());
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    /**
     * Deploy v4 refuses business requests with 400 (the new Technical Contact is unknown or not in the team) and 403
     * (the service account may not change this app or environment): a person resolves those, unlike a token that is
     * not accepted.
     */
    private static final class Errors implements MendixErrorDecoder {

        @Override
        public PlatformError read(JsonNode body) {
            JsonNode error = body.path("error");
            return new PlatformError(text(error.get("code")),
                    joined(text(error.get("message")), invalidParams(error.get("invalid-params"))));
        }

        @Override
        public boolean refuses(int status, PlatformError error) {
            return status == 409
                    || status == 400 && (error.says("is not member of an application") || error.says("not found"))
                    || status == 403 && (error.says("not the Technical Contact") || error.says("not privileged")
                            || error.says("Only technical contact"));
        }

    }

    // --- the API's JSON, as published (deploy-v4.yaml) ---

    private record Member(String userId) {
    }

    private record TechnicalContactChange(Member technicalContact) {
    }

    private record Pagination(Integer offset, Integer limit, Integer size) {
    }

    private record Membership(String userId, String name, String status) {
    }

    private record AppJson(String id, String name, String licenseType, String subdomain, Membership technicalContact,
            String region) {
    }

    private record EnvironmentJson(String id, String appId, String name, String state, Boolean isProduction) {
    }

    private record Environments(List<EnvironmentJson> environments, Pagination pagination) {
    }

    private record PermissionJson(Member member, Boolean canDeployApp, Boolean canManageBackups,
            Boolean canViewAlerts, @JsonProperty("canAccessAPI") Boolean canAccessApi, Boolean canViewLogs,
            Boolean canManagePrivileges) {
    }

    private record Permissions(String technicalContact, List<PermissionJson> permissions, Pagination pagination) {
    }

    private record PermissionsUpdate(List<PermissionJson> permissions) {
    }

}

package io.roster.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The JSON of the Deploy API v4 and how it is made from the platform's state. */
final class DeployJson {

    /** The page size when the client does not ask for one, and the most it gets. */
    static final int DEFAULT_LIMIT = 20;

    static final int MAX_LIMIT = 100;

    private DeployJson() {
    }

    record Pagination(int offset, int limit, int size) {

        static Pagination of(Page<?> page) {
            return new Pagination(page.offset(), page.limit(), page.items().size());
        }

    }

    record Membership(String userId, String name, String status) {
    }

    record CloudApp(String id, String name, String licenseType, String subdomain, Membership technicalContact,
            String region) {
    }

    record Apps(List<CloudApp> apps, Pagination pagination) {
    }

    record DeployedPackage(String id, String appId, String modelVersion, String runtimeVersion, String createdOn,
            String description, String fileName, long fileSize) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CloudEnvironment(String id, String appId, String name, String state, boolean isProduction, String url,
            String dbVersion, String planName, @JsonProperty("package") DeployedPackage deployedPackage) {
    }

    record Environments(List<CloudEnvironment> environments, Pagination pagination) {
    }

    record MemberRef(String userId) {
    }

    record Permission(MemberRef member, boolean canDeployApp, boolean canManageBackups, boolean canViewAlerts,
            @JsonProperty("canAccessAPI") boolean canAccessApi, boolean canViewLogs, boolean canManagePrivileges) {
    }

    record Permissions(String technicalContact, List<Permission> permissions, Pagination pagination) {
    }

    record UpdatedPermissions(List<Permission> permissions) {
    }

    static CloudApp app(PlatformState state, App app) {
        Member contact = state.member(app.technicalContact()).orElseThrow();
        boolean onTeam = state.team(app.appId()).containsKey(contact.userId());
        return new CloudApp(app.appId(), app.name(), app.licensed() ? "licensed" : "free", app.subdomain(),
                new Membership(contact.email(), contact.name(), onTeam && contact.active() ? "active" : "inactive"),
                app.region());
    }

    static CloudEnvironment environment(Environment environment, boolean withPackage) {
        DeployedPackage deployed = withPackage && environment.deployed() ? new DeployedPackage(
                UUID.nameUUIDFromBytes((environment.environmentId() + environment.modelVersion())
                    .getBytes(StandardCharsets.UTF_8)).toString(),
                environment.appId(), environment.modelVersion(), environment.runtimeVersion(),
                ProjectsJson.timestamp(environment.deployedOn()), "Release " + environment.modelVersion(),
                "Main line-" + environment.modelVersion() + ".mda",
                40_000_000L + Math.abs(environment.environmentId().hashCode() % 20_000_000)) : null;
        return new CloudEnvironment(environment.environmentId(), environment.appId(), environment.name(),
                environment.state(), environment.production(), environment.url(), environment.dbVersion(),
                environment.planName(), deployed);
    }

    static Permission permission(PlatformState state, EnvironmentPermission permission) {
        return new Permission(new MemberRef(state.member(permission.userId()).orElseThrow().email()),
                permission.canDeployApp(), permission.canManageBackups(), permission.canViewAlerts(),
                permission.canAccessApi(), permission.canViewLogs(), permission.canManagePrivileges());
    }

    /** Offset and limit as Deploy v4 checks them: invalid values are refused, a large limit capped. */
    static Page.Window paging(Integer offset, Integer limit) {
        if (offset != null && offset < 0) {
            throw queryParameter("Value '" + offset + "' of 'offset' is not supported");
        }
        if (limit != null && limit < 1) {
            throw queryParameter("Value '" + limit + "' of 'limit' is not supported");
        }
        return new Page.Window(offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT));
    }

    static PlatformError queryParameter(String reason) {
        return PlatformError.invalid("Validation errors", new InvalidParam("Query parameter", reason));
    }

}

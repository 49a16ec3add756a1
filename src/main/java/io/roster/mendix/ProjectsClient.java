package io.roster.mendix;

import static io.roster.mendix.MendixErrorDecoder.invalidParams;
import static io.roster.mendix.MendixErrorDecoder.joined;
import static io.roster.mendix.MendixErrorDecoder.text;
import static io.roster.mendix.MendixHttp.MalformedAnswer.required;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import io.roster.mendix.MendixErrorDecoder.PlatformError;
import io.roster.mendix.Paging.Page;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * The Projects API v2: a user's apps, app details and teams, the company's apps and project roles, adding and
 * removing team members, deleting apps. Users are platform UUIDs here.
 */
final class ProjectsClient {

    /** Errors are {@code {"error":{"message","detail","code","instance","invalid-params"}}}. */
    static final MendixErrorDecoder ERRORS = ProjectsClient::readError;

    /** "The default and maximum value is 100." */
    static final int PAGE_SIZE = 100;

    private static final Map<String, App.Cloud> CLOUDS = Map.of("Mendix", App.Cloud.MENDIX, "SAP", App.Cloud.SAP,
            "STACKIT", App.Cloud.STACKIT, "Mendix_for_Private_Cloud", App.Cloud.PRIVATE_CLOUD);

    private final MendixHttp http;

    ProjectsClient(MendixHttp http) {
        this.http = http;
    }

    /** {@code GET /users/{user-id}/projects}, all pages: every app of the company the user is a member of. */
    List<AppMembership> userProjects(String userId) {
        return allPages("list a user's apps", "/users/{id}/projects", userId, UserProjects.class,
                ProjectsClient::membership);
    }

    /** {@code GET /projects/{project-id}}. */
    App project(String projectId) {
        return http.fetch("get app", client -> client.get().uri("/projects/{projectId}", projectId),
                ProjectDetails.class, ProjectsClient::app);
    }

    /** {@code GET /accounts/{account-id}/projects}, all pages. */
    List<AppSummary> accountProjects(String accountId) {
        return allPages("list company apps", "/accounts/{id}/projects", accountId, AccountProjects.class,
                project -> new AppSummary(required(project.projectId(), "items[].projectId"), project.name(),
                        activeUnlessSaidOtherwise(project.active()), project.createdOn()));
    }

    /** {@code GET /accounts/{account-id}/roles}, all pages. */
    List<ProjectRole> accountRoles(String accountId) {
        return allPages("list company roles", "/accounts/{id}/roles", accountId, AccountRoles.class,
                ProjectsClient::role);
    }

    /** {@code GET /projects/{project-id}/members}, all pages: the user ids of the team. */
    List<String> memberIds(String projectId) {
        return allPages("list team members", "/projects/{id}/members", projectId, Members.class,
                member -> required(member.userId(), "items[].userId"));
    }

    /** {@code POST /projects/{project-id}/members}: 201 when added, 202 when an invitation was sent. */
    TeamChange addMember(String projectId, String userId, String roleId) {
        String operation = "add team member";
        HttpStatusCode status = http.send(operation, client -> client.post()
            .uri("/projects/{projectId}/members", projectId)
            .contentType(MediaType.APPLICATION_JSON)
            .body(new NewMember(userId, roleId)));
        return switch (status.value()) {
            case 201 -> TeamChange.ADDED;
            case 202 -> TeamChange.INVITED;
            default -> throw new MendixBadResponseException(MendixApi.PROJECTS, operation, status.value(),
                    "neither 201 (added) nor 202 (invited)", null);
        };
    }

    /** {@code DELETE /projects/{project-id}/members/{user-id}} (204). */
    void removeMember(String projectId, String userId) {
        http.send("remove team member",
                client -> client.delete().uri("/projects/{projectId}/members/{userId}", projectId, userId));
    }

    /** {@code DELETE /projects/{project-id}} (202: the platform deletes it in the background). */
    void deleteProject(String projectId) {
        http.send("delete app", client -> client.delete().uri("/projects/{projectId}", projectId));
    }

    static PlatformError readError(JsonNode body) {
        JsonNode error = body.path("error");
        String detail = text(error.get("detail"));
        return new PlatformError(null, joined(detail != null ? detail : text(error.get("message")),
                invalidParams(error.get("invalid-params"))));
    }

    /**
     * Every item of a list at {@code path} ({@code ?limit=100&offset=...}), up to {@code page.totalElements}, or to a
     * short page when the API leaves the total out.
     */
    private <I, T> List<T> allPages(String operation, String path, String id, Class<? extends Listing<I>> type,
            Function<I, T> map) {
        return Paging.all(MendixApi.PROJECTS, operation, (index, offset) -> http.fetch(operation,
                client -> client.get().uri(path + "?limit={limit}&offset={offset}", id, PAGE_SIZE, offset), type,
                listing -> {
                    List<I> items = required(listing.items(), "items");
                    PageInfo page = listing.page();
                    boolean last = page != null && page.totalElements() != null
                            ? offset + items.size() >= page.totalElements() : items.size() < PAGE_SIZE;
                    return new Page<>(items.stream().map(map).toList(), last);
                }));
    }

    private static AppMembership membership(UserProject project) {
        UserRole role = required(project.role(), "items[].role");
        return new AppMembership(required(project.projectId(), "items[].projectId"), project.name(),
                activeUnlessSaidOtherwise(project.active()), accountId(project.account()), project.targetCloud(),
                new AppMembership.MemberRole(role.name(), isTrue(role.isAdministrator()),
                        isTrue(role.isTechnicalContact()), isTrue(role.hasCloudAccess())));
    }

    private static App app(ProjectDetails project) {
        List<App.Member> members = each(project.members(), ProjectsClient::member);
        return new App(required(project.projectId(), "projectId"), project.name(),
                activeUnlessSaidOtherwise(project.active()),
                CLOUDS.getOrDefault(String.valueOf(project.cloudProvider()), App.Cloud.UNKNOWN),
                accountId(project.account()), technicalContact(project.technicalContact(), members), members,
                each(project.categories(), category -> new App.Category(category.categoryName(),
                        each(category.values(), CategoryValue::value).stream().filter(Objects::nonNull).toList())));
    }

    private static App.Member member(ProjectMember member) {
        MemberRole role = member.role() == null ? new MemberRole(null, null) : member.role();
        return new App.Member(required(member.userId(), "members[].userId"), member.fullName(),
                activeUnlessSaidOtherwise(member.isActive()), accountId(member.account()), role.roleId(),
                role.roleName());
    }

    /** The Technical Contact as the team lists them (with role and status), or as the project names them. */
    private static App.Member technicalContact(User contact, List<App.Member> members) {
        if (contact == null || contact.userId() == null) {
            return null;
        }
        return members.stream()
            .filter(member -> member.userId().equals(contact.userId()))
            .findFirst()
            .orElse(new App.Member(contact.userId(), contact.fullName(), true, accountId(contact.account()), null,
                    null));
    }

    private static ProjectRole role(Role role) {
        return new ProjectRole(required(role.roleId(), "items[].roleId"), role.roleName(),
                isTrue(role.isAdministrator()), isTrue(role.hasCloudAccess()),
                each(role.environmentPermissions(), permission -> new ProjectRole.EnvironmentAccess(
                        permission.environmentType(), permission.accessType(), isTrue(permission.hasBackupAccess()),
                        isTrue(permission.hasApiRights()), isTrue(permission.hasManageRights()),
                        isTrue(permission.hasTransportRights()), isTrue(permission.hasMonitoringAccess()))));
    }

    private static <I, T> List<T> each(List<I> items, Function<I, T> map) {
        return items == null ? List.of() : items.stream().map(map).toList();
    }

    private static String accountId(Account account) {
        return account == null ? null : account.accountId();
    }

    /** Inactive apps and members are only shown to Mendix Admins, with {@code false}; absent means active. */
    private static boolean activeUnlessSaidOtherwise(Boolean active) {
        return !Boolean.FALSE.equals(active);
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    // --- the API's JSON, as published (projects-v2.yaml) ---

    private record NewMember(String memberId, String roleId) {
    }

    /** The shape of every list: {@code {"page":{...},"items":[...]}}. */
    private interface Listing<I> {

        PageInfo page();

        List<I> items();

    }

    private record PageInfo(Integer totalElements, Integer offset, Integer elements) {
    }

    private record Account(String accountId, String accountName) {
    }

    private record User(String userId, String fullName, Account account) {
    }

    private record UserProjects(PageInfo page, List<UserProject> items) implements Listing<UserProject> {
    }

    private record UserProject(String projectId, String name, String targetCloud, Boolean active, Account account,
            UserRole role) {
    }

    private record UserRole(String name, Boolean isAdministrator, Boolean isTechnicalContact, Boolean hasCloudAccess) {
    }

    private record ProjectDetails(String projectId, String name, Boolean active, String cloudProvider,
            Account account, User technicalContact, List<ProjectMember> members, List<Category> categories) {
    }

    private record ProjectMember(String userId, String fullName, Boolean isActive, Account account,
            MemberRole role) {
    }

    private record MemberRole(String roleId, String roleName) {
    }

    private record Category(String categoryName, List<CategoryValue> values) {
    }

    private record CategoryValue(String code, String value) {
    }

    private record AccountProjects(PageInfo page, List<AccountProject> items) implements Listing<AccountProject> {
    }

    private record AccountProject(String projectId, String name, Boolean active, String createdOn) {
    }

    private record AccountRoles(PageInfo page, List<Role> items) implements Listing<Role> {
    }

    private record Role(String roleId, String roleName, Boolean isAdministrator, Boolean hasCloudAccess,
            List<EnvironmentPermission> environmentPermissions) {
    }

    private record EnvironmentPermission(String environmentType, String accessType, Boolean hasManageRights,
            Boolean hasTransportRights, Boolean hasBackupAccess, Boolean hasMonitoringAccess, Boolean hasApiRights) {
    }

    private record Members(PageInfo page, List<Member> items) implements Listing<Member> {
    }

    private record Member(String userId) {
    }

}

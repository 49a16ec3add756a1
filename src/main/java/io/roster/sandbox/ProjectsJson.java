package io.roster.sandbox;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON of the Projects API v2 and how it is made from the platform's state: pages, projects, members, roles.
 */
final class ProjectsJson {

    /** The default and maximum page size. */
    static final int MAX_LIMIT = 100;

    static final String MENDIX_CLOUD_PORTAL = "https://cloud.home.mendix.com";

    static final String PRIVATE_CLOUD_PORTAL = "https://privatecloud.home.mendix.com";

    private ProjectsJson() {
    }

    record PageInfo(int totalElements, int offset, int elements) {
    }

    record Paged<T>(PageInfo page, List<T> items) {

        static <T> Paged<T> of(Page<T> page) {
            return new Paged<>(new PageInfo(page.total(), page.offset(), page.items().size()), page.items());
        }

    }

    record AccountRef(String accountId, String accountName) {

        static AccountRef of(Account account) {
            return new AccountRef(account.accountId(), account.name());
        }

    }

    record Creator(String userId, String fullName) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record User(String userId, String fullName, AccountRef account) {
    }

    record RoleRef(String roleId, String roleName) {
    }

    record ProjectMember(String userId, String fullName, AccountRef account, boolean isActive, RoleRef role) {
    }

    record CategoryAssignment(String categoryName, String categoryId, List<Category.Value> values) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProjectDetails(String projectId, String name, String description, String createdOn, boolean active,
            Creator createdBy, String versionStudioPro, String storyTool, String storyBoardUrl, String cloudProvider,
            String targetCloud, List<ProjectMember> members, User technicalContact, AccountRef account,
            List<CategoryAssignment> categories) {
    }

    record AccountProject(String projectId, String name, String description, String createdOn, boolean active,
            Creator createdBy) {
    }

    record UserRole(String name, boolean isAdministrator, boolean isTechnicalContact, boolean hasRepositoryAccess,
            boolean hasCloudAccess, boolean hasStoryAccess, boolean hasInvitationRights) {
    }

    record UserProject(String projectId, String name, String description, String targetCloud, boolean active,
            AccountRef account, boolean isPinnedByUser, UserRole role) {
    }

    record Company(String companyName) {
    }

    record TeamMemberItem(String userId, String displayName, boolean isActive, Company company) {
    }

    record EnvironmentAccess(String environmentType, String accessType, boolean hasManageRights,
            boolean hasTransportRights, boolean hasBackupAccess, boolean hasMonitoringAccess, boolean hasApiRights) {
    }

    record ProjectRole(String roleId, String roleName, String roleDescription, AccountRef account,
            boolean isAdministrator, boolean hasRepositoryAccess, boolean hasCloudAccess, boolean hasStoryAccess,
            boolean hasInvitationRights, List<EnvironmentAccess> environmentPermissions) {
    }

    static ProjectDetails details(PlatformState state, App app, Caller caller) {
        List<ProjectMember> members = state.team(app.appId())
            .values()
            .stream()
            .map(member -> state.member(member.userId()).map(person -> new ProjectMember(person.userId(),
                    person.name(), AccountRef.of(state.accountOf(person)), person.active(),
                    new RoleRef(member.roleId(), state.role(member.roleId()).orElseThrow().name())))
                .orElseThrow())
            .filter(member -> member.isActive() || caller.mendixAdmin())
            .toList();
        User technicalContact = app.technicalContact() == null ? null
                : state.member(app.technicalContact())
                    .map(person -> new User(person.userId(), person.name(), AccountRef.of(state.accountOf(person))))
                    .orElse(null);
        Map<String, Category> categories = state.categoriesById();
        List<CategoryAssignment> assignments = app.categories()
            .entrySet()
            .stream()
            .map(entry -> {
                Category category = categories.get(entry.getKey());
                return new CategoryAssignment(category.name(), category.categoryId(),
                        category.value(entry.getValue()).stream().toList());
            })
            .toList();
        return new ProjectDetails(app.appId(), app.name(), app.description(), timestamp(app.createdOn()), app.active(),
                creator(state, app), app.studioProVersion(), "Epics",
                "https://epics.mendix.com/link/board/" + app.appId(),
                app.inMendixCloud() ? "Mendix" : "Mendix_for_Private_Cloud", targetCloud(app), members,
                technicalContact, AccountRef.of(state.company()), assignments);
    }

    static AccountProject accountProject(PlatformState state, App app) {
        return new AccountProject(app.appId(), app.name(), app.description(), timestamp(app.createdOn()), app.active(),
                creator(state, app));
    }

    static UserProject userProject(PlatformState state, App app, TeamMember membership) {
        Role role = state.role(membership.roleId()).orElseThrow();
        return new UserProject(app.appId(), app.name(), app.description(), targetCloud(app), app.active(),
                AccountRef.of(state.company()), membership.pinned(),
                new UserRole(role.name(), role.administrator(), membership.userId().equals(app.technicalContact()),
                        role.repositoryAccess(), role.cloudAccess(), role.storyAccess(), role.invitationRights()));
    }

    static TeamMemberItem teamMember(PlatformState state, Member member) {
        return new TeamMemberItem(member.userId(), member.name(), member.active(),
                new Company(state.accountOf(member).name()));
    }

    static ProjectRole role(PlatformState state, Role role) {
        return new ProjectRole(role.roleId(), role.name(), role.description(), AccountRef.of(state.company()),
                role.administrator(), role.repositoryAccess(), role.cloudAccess(), role.storyAccess(),
                role.invitationRights(),
                role.environmentPermissions()
                    .stream()
                    .map(access -> new EnvironmentAccess(access.environmentType(), access.accessType(),
                            access.manageRights(), access.transportRights(), access.backupAccess(),
                            access.monitoringAccess(), access.apiRights()))
                    .toList());
    }

    /** Whether the member's role on the app has every one of these permissions (the ANDed filter). */
    static boolean hasPermissions(UserRole role, List<String> permissions) {
        return permissions.stream().allMatch(permission -> switch (permission) {
            case "administrator" -> role.isAdministrator();
            case "technicalcontact" -> role.isTechnicalContact();
            case "repositoryaccess" -> role.hasRepositoryAccess();
            case "cloudaccess" -> role.hasCloudAccess();
            case "storyaccess" -> role.hasStoryAccess();
            case "invitationrights" -> role.hasInvitationRights();
            default -> false;
        });
    }

    static final List<String> PERMISSIONS = List.of("administrator", "technicalcontact", "repositoryaccess",
            "cloudaccess", "storyaccess", "invitationrights");

    /** Offset and limit as the Projects API checks them: a negative offset is refused, a large limit capped. */
    static Page.Window paging(Integer offset, Integer limit) {
        int from = offset == null ? 0 : offset;
        int size = limit == null ? MAX_LIMIT : limit;
        if (from < 0) {
            throw PlatformError.invalid("One or more of the provided attributes are not valid",
                    new InvalidParam("offset", "Offset must be a positive number"));
        }
        if (size < 1) {
            throw PlatformError.invalid("One or more of the provided attributes are not valid",
                    new InvalidParam("limit", "Limit must be a positive number"));
        }
        return new Page.Window(from, Math.min(size, MAX_LIMIT));
    }

    static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        }
        catch (DateTimeParseException exception) {
            throw PlatformError.invalid("One or more of the provided attributes are not valid",
                    new InvalidParam(name, "Expected a UTC date and time like 2020-01-16T05:53:28Z"));
        }
    }

    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Creator creator(PlatformState state, App app) {
        return state.member(app.createdBy())
            .map(member -> new Creator(member.userId(), member.name()))
            .orElse(new Creator(app.createdBy(), null));
    }

    private static String targetCloud(App app) {
        return app.inMendixCloud() ? MENDIX_CLOUD_PORTAL : PRIVATE_CLOUD_PORTAL;
    }

}

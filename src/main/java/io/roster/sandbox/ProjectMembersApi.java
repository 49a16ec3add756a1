package io.roster.sandbox;

import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Projects API v2: an app's team. Pending invitations are not members and are not listed. */
@RestController
@RequestMapping(SandboxApi.Paths.PROJECTS + "/projects/{project-id}/members")
@Profile("sandbox")
class ProjectMembersApi {

    record NewMember(String memberId, String roleId) {
    }

    record MemberUpdate(List<Teams.Attribute> attributes) {
    }

    private final PlatformStore store;

    private final Teams teams;

    ProjectMembersApi(PlatformStore store, Teams teams) {
        this.store = store;
        this.teams = teams;
    }

    /** Inactive members only for Mendix Admins. */
    @GetMapping
    @PlatformOperation(value = "get-project-members", scopes = Scopes.APP_METADATA_READ)
    ProjectsJson.Paged<ProjectsJson.TeamMemberItem> members(@PathVariable("project-id") String projectId,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        Page.Window window = ProjectsJson.paging(offset, limit);
        return store.read(state -> {
            Access.visibleApp(state, caller, projectId).orElseThrow(() -> Teams.projectNotFound(projectId));
            return ProjectsJson.Paged.of(window.of(state.team(projectId)
                .keySet()
                .stream()
                .map(userId -> state.member(userId).orElseThrow())
                .filter(member -> member.active() || caller.mendixAdmin())
                .map(member -> ProjectsJson.teamMember(state, member))
                .toList()));
        });
    }

    /** 201 when the member is of the company and joined, 202 when an invitation went to someone of another. */
    @PostMapping
    @PlatformOperation(value = "post-project-member", scopes = Scopes.APP_TEAM_WRITE)
    ResponseEntity<Void> add(@PathVariable("project-id") String projectId,
            @RequestBody(required = false) NewMember body, @RequestAttribute(Caller.ATTRIBUTE) Caller caller,
            @RequestAttribute(PlatformCall.ATTRIBUTE) PlatformCall call) {
        NewMember member = body == null ? new NewMember(null, null) : body;
        call.user(member.memberId());
        Teams.Change change = teams.add(caller, projectId, member.memberId(), member.roleId());
        return ResponseEntity.status(change == Teams.Change.ADDED ? HttpStatus.CREATED : HttpStatus.ACCEPTED).build();
    }

    @DeleteMapping("/{user-id}")
    @PlatformOperation(value = "delete-project-member", scopes = Scopes.APP_TEAM_WRITE)
    ResponseEntity<Void> remove(@PathVariable("project-id") String projectId,
            @PathVariable("user-id") String userId, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        teams.remove(caller, projectId, userId);
        return ResponseEntity.noContent().build();
    }

    @PatchMapping("/{user-id}")
    @PlatformOperation(value = "patch-project-member", scopes = Scopes.APP_TEAM_WRITE)
    ResponseEntity<Void> update(@PathVariable("project-id") String projectId,
            @PathVariable("user-id") String userId, @RequestBody(required = false) MemberUpdate body,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        if (body == null || body.attributes() == null) {
            throw PlatformError.invalid("One or more of the provided attributes are not valid",
                    new InvalidParam("attributes", "The attribute is required"));
        }
        teams.update(caller, projectId, userId, body.attributes());
        return ResponseEntity.noContent().build();
    }

}

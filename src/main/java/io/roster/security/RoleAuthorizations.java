package io.roster.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds, at every start, the engine authorizations that let each role do its job in the web apps and through
 * {@code /engine-rest}, and nothing more. Tasks themselves are granted by the engine to their assignee and candidate
 * groups. {@code camunda-admin} holds everything already (created with the admin user).
 * <p>
 * Additive only: authorizations an administrator adds in the Admin app stay.
 */
@Component
@Order(0)
class RoleAuthorizations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RoleAuthorizations.class);

    private static final String TASKLIST = "tasklist";

    private static final String COCKPIT = "cockpit";

    private record Grant(String group, Resource resource, String resourceId, List<Permission> permissions) {

        Grant(String group, Resource resource, String resourceId, Permission... permissions) {
            this(group, resource, resourceId, List.of(permissions));
        }

    }

    private static final List<Grant> GRANTS = List.of(
            // HR: Tasklist for the tasks addressed to HR (sign-up overdue, profile picture); no Cockpit
            new Grant(Roles.HR, Resources.APPLICATION, TASKLIST, Permissions.ACCESS),
            new Grant(Roles.HR, Resources.FILTER, ANY, Permissions.READ),
            // managers: Tasklist for reviews and internal steps
            new Grant(Roles.MANAGERS, Resources.APPLICATION, TASKLIST, Permissions.ACCESS),
            new Grant(Roles.MANAGERS, Resources.FILTER, ANY, Permissions.READ),
            // platform admins: approvals and escalations in Tasklist; watch and repair in Cockpit
            new Grant(Roles.PLATFORM_ADMINS, Resources.APPLICATION, TASKLIST, Permissions.ACCESS),
            new Grant(Roles.PLATFORM_ADMINS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS),
            new Grant(Roles.PLATFORM_ADMINS, Resources.FILTER, ANY, Permissions.READ),
            new Grant(Roles.PLATFORM_ADMINS, Resources.DEPLOYMENT, ANY, Permissions.READ),
            new Grant(Roles.PLATFORM_ADMINS, Resources.DECISION_DEFINITION, ANY, Permissions.READ,
                    Permissions.READ_HISTORY),
            new Grant(Roles.PLATFORM_ADMINS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.RETRY_JOB),
            new Grant(Roles.PLATFORM_ADMINS, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ,
                    ProcessInstancePermissions.RETRY_JOB),
            new Grant(Roles.PLATFORM_ADMINS, Resources.TASK, ANY, TaskPermissions.READ));

    private final AuthorizationService authorizationService;

    private final IdentityService identityService;

    RoleAuthorizations(AuthorizationService authorizationService, IdentityService identityService) {
        this.authorizationService = authorizationService;
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!identityService.isReadOnly()) {
            Roles.BUSINESS_ROLES.forEach(this::ensureGroup);
        }
        GRANTS.forEach(this::ensure);
    }

    private void ensureGroup(String groupId) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName(groupId);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
            log.info("Created group {}", groupId);
        }
    }

    private void ensure(Grant grant) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(grant.group())
            .resourceType(grant.resource())
            .resourceId(grant.resourceId())
            .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(grant.group());
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        }
        boolean missing = false;
        for (Permission permission : grant.permissions()) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                missing = true;
            }
        }
        if (missing) {
            authorizationService.saveAuthorization(authorization);
        }
    }

}

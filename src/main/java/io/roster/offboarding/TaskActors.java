package io.roster.offboarding;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is acting on a task: the logged-in user (Tasklist, REST), else its assignee. */
@Component
class TaskActors {

    static final String UNKNOWN = "unknown";

    private final IdentityService identityService;

    TaskActors(IdentityService identityService) {
        this.identityService = identityService;
    }

    String actorOf(DelegateTask task) {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : UNKNOWN;
    }

    boolean isMember(String userId, String groupId) {
        return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    }

}

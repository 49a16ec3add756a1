package io.roster.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is acting on a task: the logged-in user (Tasklist, REST), else its assignee. */
@Component
public class TaskActors {

    public static final String UNKNOWN = "unknown";

    private final IdentityService identityService;

    public TaskActors(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String actorOf(DelegateTask task) {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : UNKNOWN;
    }

    public boolean isMember(String userId, String groupId) {
        return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    }

}

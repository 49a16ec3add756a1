package io.roster.security;

import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every role starts with: what is assigned to me, and what my groups may pick up. Created once;
 * an administrator may change them in Tasklist afterwards.
 */
@Component
@Order(1)
class TasklistFilters implements ApplicationRunner {

    static final String MY_TASKS = "My tasks";

    static final String WAITING_FOR_ME = "Waiting for me or my groups";

    private final FilterService filterService;

    private final TaskService taskService;

    TasklistFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure(MY_TASKS, -10, "Tasks assigned to you",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensure(WAITING_FOR_ME, -5, "Tasks addressed to you or your groups, soonest due first",
                taskService.createTaskQuery()
                    .or()
                    .taskCandidateUserExpression("${currentUser()}")
                    .taskCandidateGroupInExpression("${currentUserGroups()}")
                    .taskAssigneeExpression("${currentUser()}")
                    .endOr()
                    .orderByDueDate()
                    .asc());
    }

    private void ensure(String name, int priority, String description, TaskQuery query) {
        if (filterService.createTaskFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(name);
        filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true));
        filter.setQuery(query);
        filterService.saveFilter(filter);
    }

}

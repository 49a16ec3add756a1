package io.roster.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.roster.offboarding.OffboardingProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What must hold on every database: every file under processes/ and forms/ is deployed, in one deployment, and a
 * user task finds its Camunda Form by {@code formRef} with binding {@code deployment}.
 */
final class EngineDeploymentAssertions {

    private EngineDeploymentAssertions() {
    }

    static void assertProcessesAndFormsDeployed(ProcessEngine engine) throws IOException {
        List<String> files = new ArrayList<>();
        for (String pattern : List.of("classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
                "classpath*:forms/**/*.form")) {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                files.add(resource.getFilename());
            }
        }
        assertThat(files).anyMatch(name -> name.endsWith(".form")).anyMatch(name -> name.endsWith(".bpmn"));

        Deployment latest = engine.getRepositoryService()
            .createDeploymentQuery()
            .deploymentName("SpringAutoDeployment")
            .orderByDeploymentTime()
            .desc()
            .list()
            .get(0);
        // resource names are absolute paths when run from target/classes, relative ones inside the jar
        assertThat(engine.getRepositoryService()
            .getDeploymentResourceNames(latest.getId())
            .stream()
            .map(name -> name.substring(name.lastIndexOf('/') + 1))).as("one deployment holds every process, decision and form")
            .containsAll(files);
    }

    /** Starts the offboarding right at its review task (Tasklist's view of it) and reads the task's form. */
    static void assertFormResolvesByReference(ProcessEngine engine) throws IOException {
        String taskKey = OffboardingProcess.Task.REVIEW_PLAN;
        ProcessInstance instance = engine.getRuntimeService()
            .createProcessInstanceByKey(OffboardingProcess.KEY)
            .setVariable(OffboardingProcess.Var.REVIEWER_CANDIDATES, List.of("mark"))
            .setVariable(OffboardingProcess.Var.REVIEWER_GROUPS, List.of())
            .startBeforeActivity(taskKey)
            .execute(true, true);
        Task task = engine.getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey)
            .singleResult();
        assertThat(task).as("the process waits at " + taskKey).isNotNull();

        CamundaFormRef reference = engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef();
        assertThat(reference.getBinding()).isEqualTo("deployment");
        try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
                .contains("\"id\": \"" + reference.getKey() + "\"");
        }
        engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test over");
    }

}

package io.roster.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The default run's database: H2. */
@SpringBootTest
class ApplicationOnH2Tests {

    @Autowired
    ProcessEngine engine;

    @Test
    void deploysEveryProcessDecisionAndForm() throws Exception {
        EngineDeploymentAssertions.assertProcessesAndFormsDeployed(engine);
    }

    @Test
    void userTaskFindsItsFormInTheSameDeployment() throws Exception {
        EngineDeploymentAssertions.assertFormResolvesByReference(engine);
    }

}

package io.roster;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Camunda's web apps and engine REST find their engine in the JVM-wide {@link ProcessEngines} registry, where the
 * Spring context started last wins. The test suite caches several contexts, so before each test this puts the engine
 * of the test's own context back in the registry; otherwise Tasklist in one context would show another one's tasks.
 */
public class CurrentProcessEngine implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext()
            .getBeanProvider(ProcessEngine.class)
            .ifAvailable(ProcessEngines::registerProcessEngine);
    }
}

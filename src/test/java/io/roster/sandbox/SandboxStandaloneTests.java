package io.roster.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The standalone platform is a small web service: profile sandbox, no engine, no database, no Flyway. */
class SandboxStandaloneTests {

    private final ConfigurableApplicationContext context = SandboxServer.shared().context();

    @Test
    void startsWithoutTheEngineOrADatabase() {
        assertThat(context.getBeanNamesForType(ProcessEngine.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(Arrays.stream(context.getBeanDefinitionNames())
            .map(context.getBeanFactory()::getBeanDefinition)
            .map(definition -> String.valueOf(definition.getBeanClassName())))
            .noneMatch(name -> name.startsWith("org.camunda") || name.startsWith("org.flywaydb")
                    || name.startsWith("io.roster.") && !name.startsWith("io.roster.sandbox."));
        assertThat(context.getEnvironment().getActiveProfiles()).containsExactly("sandbox");
    }

    @Test
    void servesThePlatformApis() {
        SandboxClient sandbox = SandboxServer.shared().client();
        assertThat(sandbox.service().get("/sandbox/cloud/api/v4/apps").status()).isEqualTo(200);
        assertThat(sandbox.anonymous().get("/sandbox/cloud/api/v4/apps").status()).isEqualTo(401);
    }

}

package io.roster.system;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import io.roster.PostgresTestDatabase;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Profile postgres, on a database of its own. */
@ExtendWith(PostgresTestDatabase.class)
@SpringBootTest
@ActiveProfiles({ "postgres", "sandbox", "demo" })
@DirtiesContext
class ApplicationOnPostgresTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @Autowired
    ProcessEngine engine;

    @Autowired
    DataSource dataSource;

    @Test
    void runsOnPostgreSql() {
        String product = new JdbcTemplate(dataSource).queryForObject("SELECT version()", String.class);
        assertThat(product).startsWith("PostgreSQL");
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT current_database()", String.class))
            .startsWith("roster_test_");
    }

    @Test
    void deploysEveryProcessDecisionAndForm() throws Exception {
        EngineDeploymentAssertions.assertProcessesAndFormsDeployed(engine);
    }

    @Test
    void userTaskFindsItsFormInTheSameDeployment() throws Exception {
        EngineDeploymentAssertions.assertFormResolvesByReference(engine);
    }

}

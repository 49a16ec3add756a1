package io.roster.evidence;

import io.roster.PostgresTestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The evidence log's promises on PostgreSQL, where it lives in production. */
@ExtendWith(PostgresTestDatabase.class)
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ EvidenceLog.class, EvidenceLogOnH2Tests.Time.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@DirtiesContext
class EvidenceLogOnPostgresTests extends EvidenceLogContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

}

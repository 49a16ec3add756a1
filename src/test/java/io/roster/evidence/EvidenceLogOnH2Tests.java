package io.roster.evidence;

import java.time.Clock;

import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@JdbcTest
@Import({ EvidenceLog.class, EvidenceLogOnH2Tests.Time.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:evidence;DB_CLOSE_DELAY=-1")
class EvidenceLogOnH2Tests extends EvidenceLogContract {

    static class Time {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

    }

}

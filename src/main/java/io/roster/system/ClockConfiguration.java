package io.roster.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Time and scheduled housekeeping. */
@Configuration
@EnableScheduling
class ClockConfiguration {

    /** The one clock Roster's own code reads, so tests can fix the time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

}

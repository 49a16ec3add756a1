package io.roster.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import io.roster.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The identity map on PostgreSQL. */
@ExtendWith(PostgresTestDatabase.class)
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ IdentityMap.class, IdentityMapTests.Time.class })
@DirtiesContext
class IdentityMapTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    static class Time {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

    }

    @Autowired
    IdentityMap identities;

    @Test
    void linksWhatTwoResponsesRevealAboutOnePerson() {
        identities.linkUserId("Olivia.Brown@Brightwater.example", "1b1c8b4e-0000-4000-8000-000000000001");
        identities.linkOpenId("olivia.brown@brightwater.example", "https://mxid2.mendixcloud.com/mxid2/id?id=o1");

        IdentityLink link = identities.byOpenId("https://mxid2.mendixcloud.com/mxid2/id?id=o1").orElseThrow();
        assertThat(link.email()).isEqualTo("olivia.brown@brightwater.example");
        assertThat(link.mendixUserId()).isEqualTo("1b1c8b4e-0000-4000-8000-000000000001");
        assertThat(identities.byUserId("1b1c8b4e-0000-4000-8000-000000000001")).contains(link);
    }

    @Test
    void anIdentifierSeenWithAnotherEmailMovesToIt() {
        identities.linkUserId("old.address@brightwater.example", "2b1c8b4e-0000-4000-8000-000000000002");
        identities.linkUserId("new.address@brightwater.example", "2b1c8b4e-0000-4000-8000-000000000002");

        assertThat(identities.byUserId("2b1c8b4e-0000-4000-8000-000000000002").orElseThrow().email())
            .isEqualTo("new.address@brightwater.example");
        assertThat(identities.byEmail("old.address@brightwater.example").orElseThrow().mendixUserId()).isNull();
    }

    @Test
    void unknownIdentifiersAreNotGuessed() {
        assertThat(identities.byOpenId("https://mxid2.mendixcloud.com/mxid2/id?id=never-seen")).isEmpty();
        assertThat(identities.byEmail(null)).isEmpty();
    }

}

package io.roster.sandbox;

import static io.roster.sandbox.Brightwater.*;

import io.roster.TestHttp;
import io.roster.mendix.MendixPlatform;
import io.roster.mendix.MendixPlatformScenarios;
import io.roster.mendix.RecordedExchanges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * Roster's real HTTP clients against the sandbox platform, with the same scenarios they pass against the WireMock
 * stubs ({@code HttpMendixPlatformTests}), and every exchange checked against Mendix's published descriptions: the
 * clients and the imitation cannot drift apart without one of the two failing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SandboxClientContractTests {

    @TestConfiguration
    static class Recording {

        @Bean
        RecordedExchanges recordedExchanges() {
            return new RecordedExchanges();
        }

    }

    @LocalServerPort
    int port;

    @Autowired
    MendixPlatform platform;

    @Autowired
    RecordedExchanges exchanges;

    MendixPlatformScenarios scenarios;

    @BeforeEach
    void freshCompany() {
        TestHttp.as(port, "sandbox-admin", "demo").postJson("/sandbox/admin/reset", "");
        exchanges.clear();
        scenarios = new MendixPlatformScenarios(platform);
    }

    @AfterEach
    void asPublished() {
        exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void findsAccountsByEmail() {
        scenarios.findsAccountsByEmail(SOFIA, userId(SOFIA), "nobody@brightwater.example");
    }

    @Test
    void externalsAreNotFound() {
        scenarios.findsAccountsByEmail(SOFIA, userId(SOFIA), JAN);
    }

    @Test
    void deactivatesTwiceWithoutFailing() {
        scenarios.deactivatesTwiceWithoutFailing(userId(TOM));
    }

    @Test
    void listsEveryAppOfAUser() {
        scenarios.listsEveryAppOfAUser(userId(SOFIA), 5, appId(CLAIMS_PHOTO_UPLOAD));
    }

    @Test
    void addsATeamMemberOnce() {
        scenarios.addsATeamMemberOnce(appId(SOFIA_TRAINING), userId(NOAH), roleId(DEVELOPER));
    }

    @Test
    void removesATeamMemberTwiceWithoutFailing() {
        scenarios.removesATeamMemberTwiceWithoutFailing(appId(POLICY_ADMIN_PORTAL), userId(SOFIA));
    }

    @Test
    void refusesToRemoveTheLastScrumMaster() {
        scenarios.refusesToRemoveTheLastScrumMaster(appId(FLEET_INSPECTION), userId(TOM));
    }

    @Test
    void deletesAnAppTwiceWithoutFailing() {
        scenarios.deletesAnAppTwiceWithoutFailing(appId(SOFIA_TRAINING));
    }

    @Test
    void refusesToDeleteALicensedApp() {
        scenarios.refusesToDeleteALicensedApp(appId(CLAIMS_INTAKE));
    }

    @Test
    void changesTheTechnicalContactOnce() {
        scenarios.changesTheTechnicalContactOnce(appId(CLAIMS_INTAKE), LUCAS);
    }

    @Test
    void refusesATechnicalContactOutsideTheTeam() {
        scenarios.refusesATechnicalContactOutsideTheTeam(appId(SOFIA_TRAINING), NOAH);
    }

    @Test
    void takesOneSnapshotPerLabel() {
        scenarios.takesOneSnapshotPerLabel(appId(CLAIMS_INTAKE), environmentId(CLAIMS_INTAKE, "Production"),
                "Roster contract test");
    }

    @Test
    void readsAuditEventsUpToTheMaximum() {
        platform.deactivate(userId(TOM));
        platform.deleteApp(appId(SOFIA_TRAINING));
        platform.removeTeamMember(appId(POLICY_ADMIN_PORTAL), userId(SOFIA));
        scenarios.readsAuditEventsUpToTheMaximum(2);
    }

}

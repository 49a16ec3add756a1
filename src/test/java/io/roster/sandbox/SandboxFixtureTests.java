package io.roster.sandbox;

import static io.roster.sandbox.Brightwater.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/**
 * The fixture company is what docs/sandbox.md promises: its size, its mix of apps and people, and the scenario
 * personas later tests build on. A fixture with a broken reference does not load.
 */
class SandboxFixtureTests {

    private static final JsonMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private final PlatformState state = Fixture.load(new ClassPathResource("sandbox/brightwater.json"), JSON);

    @Test
    void aBelievableCompany() {
        assertThat(state.company().name()).isEqualTo("Brightwater Insurance");
        assertThat(state.company().accountId()).isEqualTo(ACCOUNT_ID);
        assertThat(state.members()).hasSize(60);
        assertThat(state.apps()).hasSize(40);
        assertThat(state.members().values()).filteredOn(state::external).hasSize(6);
        assertThat(state.members().values()).filteredOn(member -> !member.active()).hasSize(5);
        assertThat(state.members().values()).filteredOn(Member::mendixAdmin)
            .extracting(Member::email)
            .containsExactlyInAnyOrder(SERVICE, PAULA, PETE, OLIVER);
        assertThat(state.apps().values()).filteredOn(app -> !app.inMendixCloud()).hasSize(5);
        assertThat(state.apps().values()).filteredOn(app -> app.inMendixCloud() && app.licensed()).hasSize(13);
        assertThat(state.apps().values()).filteredOn(app -> !app.active()).hasSize(2);
        assertThat(state.roles().values()).extracting(Role::name)
            .containsExactly(SCRUM_MASTER, DEVELOPER, "Business Engineer", "Tester", "DevOps Engineer");
        assertThat(state.members().values()).allSatisfy(member -> {
            assertThat(member.openId()).startsWith(Member.OPENID_PREFIX).doesNotContain(member.userId());
            assertThat(member.certification()).isNotBlank();
            assertThat(member.signupDate()).isNotNull();
            assertThat(member.lastActivity()).isNotNull();
        });
    }

    @Test
    void trainingAppsHaveOneMemberAndThePurposeTraining() {
        Category purpose = state.categories().get(0);
        List<App> training = state.apps()
            .values()
            .stream()
            .filter(app -> "TRN".equals(app.categories().get(purpose.categoryId())))
            .toList();
        assertThat(training).hasSize(8).allSatisfy(app -> {
            assertThat(state.team(app.appId())).hasSize(1);
            assertThat(app.licensed()).isFalse();
            assertThat(app.inMendixCloud()).isTrue();
        });
    }

    @Test
    void theLeaverWithTwoFreeAppsATrainingAppAndASharedScrumMasterRole() {
        String sofia = userId(SOFIA);
        assertThat(technicalContactOf(sofia)).extracting(App::name)
            .containsExactlyInAnyOrder(CLAIMS_PHOTO_UPLOAD, BROKER_PORTAL_PROTOTYPE, SOFIA_TRAINING)
            .allSatisfy(name -> assertThat(app(name).licensed()).isFalse());
        assertThat(state.team(appId(SOFIA_TRAINING)).keySet()).containsExactly(sofia);
        assertThat(role(POLICY_ADMIN_PORTAL, SOFIA)).isEqualTo(SCRUM_MASTER);
        assertThat(role(POLICY_ADMIN_PORTAL, OLIVER)).isEqualTo(SCRUM_MASTER);
        assertThat(app(POLICY_ADMIN_PORTAL).licensed()).isTrue();
        assertThat(role(CLAIMS_PHOTO_UPLOAD, EMMA)).as("a successor already on the team").isNotNull();
        assertThat(state.team(appId(BROKER_PORTAL_PROTOTYPE))).as("a successor not yet on the team")
            .doesNotContainKey(userId(NOAH));
    }

    @Test
    void theLeaverWhoIsTheOnlyScrumMasterAndTechnicalContactOfALicensedApp() {
        assertThat(state.team(appId(FLEET_INSPECTION)).values())
            .filteredOn(member -> state.role(member.roleId()).orElseThrow().administrator())
            .extracting(TeamMember::userId)
            .containsExactly(userId(TOM));
        assertThat(app(CLAIMS_INTAKE).technicalContact()).isEqualTo(userId(TOM));
        assertThat(app(CLAIMS_INTAKE).licensed()).isTrue();
        assertThat(role(CLAIMS_INTAKE, LUCAS)).isEqualTo(SCRUM_MASTER);
    }

    @Test
    void theLeaverWithAPrivateCloudApp() {
        App rulesEngine = app(UNDERWRITING_RULES_ENGINE);
        assertThat(rulesEngine.inMendixCloud()).isFalse();
        assertThat(rulesEngine.technicalContact()).isNull();
        assertThat(state.environmentsOf(rulesEngine.appId())).isEmpty();
        assertThat(role(UNDERWRITING_RULES_ENGINE, RAVI)).isEqualTo(SCRUM_MASTER);
    }

    @Test
    void theExternalContractorTheDeactivatedOneAndTheNewHire() {
        assertThat(state.external(member(JAN))).isTrue();
        assertThat(state.membershipsOf(userId(JAN))).hasSize(2);
        assertThat(member(GRETA).active()).isFalse();
        assertThat(state.permissionsOf(environmentId(POLICY_ADMIN_PORTAL, "Production")).get(userId(GRETA))
            .canManageBackups()).as("an audit finding: a leaver with backup access").isTrue();
        assertThat(state.memberByEmail(NINA)).isEmpty();
        assertThat(state.external(member(ANA))).isTrue();
        assertThat(state.membershipsOf(userId(ANA))).isEmpty();
        assertThat(state.invitationsOf(appId(BROKER_PORTAL))).containsKey(userId(LI_WEI));
    }

    @Test
    void theDemoUsersArePlatformMembersToo() {
        assertThat(member(MARK).mendixAdmin()).isFalse();
        assertThat(state.credentialOf(userId(MARK)).orElseThrow().pat()).isEqualTo(MARK_PAT);
        assertThat(member(PAULA).mendixAdmin()).isTrue();
        assertThat(state.credentialOf(userId(SERVICE)).orElseThrow().apiKey()).isEqualTo(SERVICE_API_KEY);
        assertThat(state.memberByEmail("mona.moreau@brightwater.example")).isPresent();
        assertThat(state.memberByEmail("helen.hughes@brightwater.example")).isPresent();
        assertThat(state.memberByEmail("audrey.adams@brightwater.example")).isPresent();
    }

    @Test
    void aBrokenReferenceStopsTheFixtureFromLoading() {
        String broken = """
                {"company": {"accountId": "a", "name": "A", "emailDomain": "a.example"}, "partners": [],
                 "categories": [], "roles": [], "members": [], "credentials": [],
                 "apps": [{"appId": "x", "name": "X", "cloud": "MENDIX", "license": "FREE",
                           "createdOn": "2024-01-01T00:00:00Z",
                           "createdBy": "nobody@a.example", "active": true, "team": {}}]}
                """;
        assertThatThrownBy(() -> Fixture.load(new ByteArrayResource(broken.getBytes(StandardCharsets.UTF_8)), JSON))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("Sandbox fixture: X: no member nobody@a.example");
    }

    private List<App> technicalContactOf(String userId) {
        return state.apps().values().stream().filter(app -> userId.equals(app.technicalContact())).toList();
    }

    private App app(String name) {
        return state.app(appId(name)).orElseThrow();
    }

    private Member member(String email) {
        return state.memberByEmail(email).orElseThrow();
    }

    private String role(String app, String email) {
        Map<String, TeamMember> team = state.team(appId(app));
        TeamMember member = team.get(userId(email));
        return member == null ? null : state.role(member.roleId()).orElseThrow().name();
    }

}

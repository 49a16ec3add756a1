package io.roster.mendix;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.roster.mendix.StubAnswers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The port's semantics on the HTTP clients, against stubs that keep state like the platform does: repeated changes
 * have no second effect, "not found" is done where absence is the goal, identifiers reach the observers. The
 * platform-independent part is {@link MendixPlatformScenarios}.
 */
class HttpMendixPlatformTests {

    static final String JANE = "c5f3afba-cc28-4f56-b922-1e606807bed4";

    static final String JANE_EMAIL = "jane.doe@brightwater.example";

    static final String APP = "647966c7-7152-466a-9d51-f834ea883dcc";

    static final String ROLE = "fdea56de-3c79-48d9-93ff-61cbc736426c";

    static final String ENV = "22064f8f-ee55-438c-9ab2-182f2f8e5f2f";

    static final String PROJECTS = "/projects/v2";

    static final String CLOUD = "/cloud/api/v4";

    static final String SNAPSHOTS = "/deploy/api/v2/apps/" + APP + "/environments/" + ENV + "/snapshots";

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    TestClients clients;

    RecordingObserver observer = new RecordingObserver();

    HttpMendixPlatform platform;

    MendixPlatformScenarios scenarios;

    @BeforeEach
    void platform() {
        clients = new TestClients(stub.baseUrl());
        platform = clients.platform(observer);
        scenarios = new MendixPlatformScenarios(platform);
    }

    @AfterEach
    void everyExchangeIsAsPublished() {
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    // --- accounts ---

    @Test
    void accountsAreFoundByEmailAndTheirIdentifiersObserved() {
        stub.stubFor(post(urlEqualTo("/user-identifiers/v1/uuids")).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withTransformers("response-template")
            .withBody("""
                    {{#if (contains request.body '"nobody@')}}{{#if (contains request.body '"jane.doe@')}}
                    {"identifiers":[{"emailAddress":"%1$s","uuid":"%2$s"}],"error":{"message":"No user(s) found",
                     "emailAddresses":[{"emailAddress":"nobody@brightwater.example"}]}}
                    {{else}}
                    {"identifiers":[],"error":{"message":"No user(s) found",
                     "emailAddresses":[{"emailAddress":"nobody@brightwater.example"}]}}
                    {{/if}}{{else}}
                    {"identifiers":[{"emailAddress":"%1$s","uuid":"%2$s"}],"error":{"message":"",
                     "emailAddresses":[{"emailAddress":"x@y"}]}}
                    {{/if}}""".formatted(JANE_EMAIL, JANE))));

        scenarios.findsAccountsByEmail(JANE_EMAIL, JANE, "nobody@brightwater.example");

        assertThat(observer.observed).containsOnly(JANE_EMAIL + "=" + JANE);
    }

    @Test
    void deactivatingAnAccountTwiceSucceeds() {
        stub.stubFor(patch(urlEqualTo("/users-status/v1/platform-users/" + JANE)).willReturn(aResponse().withStatus(204)));

        scenarios.deactivatesTwiceWithoutFailing(JANE);
    }

    // --- apps and teams ---

    @Test
    void aUsersAppsComeFromEveryPage() {
        for (int offset = 0; offset <= 100; offset += 100) {
            stub.stubFor(get(urlEqualTo(PROJECTS + "/users/" + JANE + "/projects?limit=100&offset=" + offset))
                .willReturn(json(200, "{\"page\":{\"totalElements\":150,\"offset\":" + offset + "},\"items\":["
                        + ProjectsClientTests.userProjects(offset, offset == 0 ? 100 : 50) + "]}")));
        }

        scenarios.listsEveryAppOfAUser(JANE, 150, ProjectsClientTests.appId(0));
    }

    @Test
    void aMemberIsAddedOnceHoweverOftenAsked() {
        String members = PROJECTS + "/projects/" + APP + "/members?limit=100&offset=0";
        stub.stubFor(get(urlEqualTo(members)).inScenario("team")
            .whenScenarioStateIs(STARTED)
            .willReturn(json(200, members())));
        stub.stubFor(post(urlEqualTo(PROJECTS + "/projects/" + APP + "/members")).inScenario("team")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("added")
            .willReturn(aResponse().withStatus(201)));
        stub.stubFor(get(urlEqualTo(members)).inScenario("team")
            .whenScenarioStateIs("added")
            .willReturn(json(200, members(JANE))));

        scenarios.addsATeamMemberOnce(APP, JANE, ROLE);

        stub.verify(1, postRequestedFor(urlEqualTo(PROJECTS + "/projects/" + APP + "/members")));
    }

    @Test
    void aMemberIsRemovedOnceAndThenIsNotFound() {
        String member = PROJECTS + "/projects/" + APP + "/members/" + JANE;
        stub.stubFor(delete(urlEqualTo(member)).inScenario("team")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("removed")
            .willReturn(aResponse().withStatus(204)));
        stub.stubFor(delete(urlEqualTo(member)).inScenario("team")
            .whenScenarioStateIs("removed")
            .willReturn(json(404, "{\"error\":{\"message\":\"Not Found\",\"detail\":\"\",\"code\":404}}")));

        scenarios.removesATeamMemberTwiceWithoutFailing(APP, JANE);

        stub.verify(2, deleteRequestedFor(urlEqualTo(member)));
    }

    @Test
    void theLastScrumMasterIsNotRemoved() {
        stub.stubFor(delete(urlEqualTo(PROJECTS + "/projects/" + APP + "/members/" + JANE)).willReturn(json(409,
                "{\"error\":{\"message\":\"Conflict\",\"detail\":\"The member is the last Scrum Master of the "
                        + "project\",\"code\":409,\"instance\":\"urn:uuid:1\"}}")));

        scenarios.refusesToRemoveTheLastScrumMaster(APP, JANE);
    }

    @Test
    void anAppIsDeletedOnceAndThenIsNotFound() {
        stub.stubFor(delete(urlEqualTo(PROJECTS + "/projects/" + APP)).inScenario("app")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("deleted")
            .willReturn(aResponse().withStatus(202)));
        stub.stubFor(delete(urlEqualTo(PROJECTS + "/projects/" + APP)).inScenario("app")
            .whenScenarioStateIs("deleted")
            .willReturn(json(404, "{\"error\":{\"message\":\"Not Found\",\"detail\":\"\",\"code\":404}}")));

        scenarios.deletesAnAppTwiceWithoutFailing(APP);
    }

    @Test
    void aLicensedAppIsNotDeleted() {
        stub.stubFor(delete(urlEqualTo(PROJECTS + "/projects/" + APP)).willReturn(json(409,
                "{\"error\":{\"message\":\"Conflict\",\"detail\":\"The project is attached to a licensed node\"}}")));

        scenarios.refusesToDeleteALicensedApp(APP);
    }

    @Test
    void aDeleteAnsweredByAnHtmlNotFoundPageIsNotTakenForDone() {
        stub.stubFor(delete(urlEqualTo(PROJECTS + "/projects/" + APP)).willReturn(aResponse().withStatus(404)
            .withHeader("Content-Type", "text/html")
            .withBody("<html><title>404 Not Found</title></html>")));

        assertThatThrownBy(() -> platform.deleteApp(APP)).isInstanceOf(MendixBadResponseException.class);
        clients.exchanges.clear(); // deliberately not a published answer
    }

    // --- Mendix Cloud ---

    @Test
    void theTechnicalContactIsChangedOnceHoweverOftenAsked() {
        stub.stubFor(get(urlEqualTo(CLOUD + "/apps/" + APP)).inScenario("tc")
            .whenScenarioStateIs(STARTED)
            .willReturn(json(200, cloudApp("leaver@brightwater.example"))));
        stub.stubFor(patch(urlEqualTo(CLOUD + "/apps/" + APP)).inScenario("tc")
            .willSetStateTo("changed")
            .willReturn(aResponse().withStatus(200)));
        stub.stubFor(get(urlEqualTo(CLOUD + "/apps/" + APP)).inScenario("tc")
            .whenScenarioStateIs("changed")
            .willReturn(json(200, cloudApp(JANE_EMAIL))));

        scenarios.changesTheTechnicalContactOnce(APP, "Jane.Doe@brightwater.example");

        stub.verify(1, patchRequestedFor(urlEqualTo(CLOUD + "/apps/" + APP)));
    }

    @Test
    void aTechnicalContactOutsideTheTeamIsRefused() {
        stub.stubFor(get(urlEqualTo(CLOUD + "/apps/" + APP)).willReturn(json(200, cloudApp("leaver@brightwater.example"))));
        stub.stubFor(patch(urlEqualTo(CLOUD + "/apps/" + APP)).willReturn(json(400,
                "{\"error\":{\"code\":400,\"message\":\"The user outsider@partner.example is not member of an "
                        + "application\",\"invalid-params\":[{\"name\":\"\",\"reason\":\"\"}]}}")));

        scenarios.refusesATechnicalContactOutsideTheTeam(APP, "outsider@partner.example");
    }

    @Test
    void permissionsThatAreSetAlreadyAreNotSentAgain() {
        String janes = CLOUD + "/apps/" + APP + "/environments/" + ENV + "/permissions?userId=jane.doe%40brightwater.example";
        stub.stubFor(get(urlEqualTo(janes)).willReturn(json(200, """
                {"technicalContact":"leaver@brightwater.example","permissions":[{"member":{"userId":"%s"},
                 "canDeployApp":true,"canManageBackups":false,"canViewAlerts":true,"canAccessAPI":false,
                 "canViewLogs":true,"canManagePrivileges":false}],"pagination":{"offset":0,"limit":20,"size":1}}"""
            .formatted(JANE_EMAIL))));
        stub.stubFor(patch(urlPathEqualTo(CLOUD + "/apps/" + APP + "/environments/" + ENV + "/permissions"))
            .willReturn(json(200, "{\"permissions\":[]}")));

        platform.setEnvironmentPermissions(APP, ENV,
                new EnvironmentPermission("Jane.Doe@brightwater.example", true, false, true, false, true, false));
        stub.verify(0, patchRequestedFor(urlPathMatching(".*/permissions")));

        platform.setEnvironmentPermissions(APP, ENV,
                new EnvironmentPermission(JANE_EMAIL, true, true, true, false, true, false));
        stub.verify(1, patchRequestedFor(urlPathMatching(".*/permissions")));
    }

    @Test
    void permissionsOfAMemberWithoutAnyAreSent() {
        stub.stubFor(get(urlPathEqualTo(CLOUD + "/apps/" + APP + "/environments/" + ENV + "/permissions"))
            .willReturn(json(404, "{\"error\":{\"code\":404,\"message\":\"Permission not found for user "
                    + JANE_EMAIL + "\",\"invalid-params\":[{\"name\":\"\",\"reason\":\"\"}]}}")));
        stub.stubFor(patch(urlPathEqualTo(CLOUD + "/apps/" + APP + "/environments/" + ENV + "/permissions"))
            .willReturn(json(200, "{\"permissions\":[]}")));

        platform.setEnvironmentPermissions(APP, ENV,
                new EnvironmentPermission(JANE_EMAIL, false, true, false, false, false, false));

        stub.verify(1, patchRequestedFor(urlPathMatching(".*/permissions")));
        clients.exchanges.clear(); // the description lists no 404 for reading permissions
    }

    // --- backups ---

    @Test
    void oneSnapshotIsTakenPerLabel() {
        stub.stubFor(get(urlPathEqualTo(SNAPSHOTS)).inScenario("backup")
            .whenScenarioStateIs(STARTED)
            .willReturn(json(200, snapshots())));
        stub.stubFor(post(urlEqualTo(SNAPSHOTS)).inScenario("backup")
            .willSetStateTo("taken")
            .willReturn(json(200, snapshot("s-new", "queued", "Roster offboarding 42", "2026-01-01T10:00:00.000Z"))));
        stub.stubFor(get(urlPathEqualTo(SNAPSHOTS)).inScenario("backup")
            .whenScenarioStateIs("taken")
            .willReturn(json(200, snapshots(snapshot("s-new", "running", "Roster offboarding 42",
                    "2026-01-01T10:00:00.000Z")))));
        stub.stubFor(get(urlEqualTo(SNAPSHOTS + "/s-new"))
            .willReturn(json(200, snapshot("s-new", "completed", "Roster offboarding 42", "2026-01-01T10:00:00.000Z"))));

        scenarios.takesOneSnapshotPerLabel(APP, ENV, "Roster offboarding 42");

        stub.verify(1, postRequestedFor(urlEqualTo(SNAPSHOTS)));
    }

    @Test
    void aFailedSnapshotWithTheLabelIsNotReusedButTheNewestOtherIs() {
        stub.stubFor(get(urlPathEqualTo(SNAPSHOTS)).willReturn(json(200, snapshots(
                snapshot("s-failed", "failed", "label", "2026-01-03T10:00:00.000Z"),
                snapshot("s-old", "completed", "label", "2026-01-01T10:00:00.000Z"),
                snapshot("s-newer", "completed", "label", "2026-01-02T10:00:00.000Z"),
                snapshot("s-other", "completed", "other", "2026-01-04T10:00:00.000Z")))));

        assertThat(platform.createSnapshot(APP, ENV, "label").snapshotId()).isEqualTo("s-newer");
        stub.verify(0, postRequestedFor(urlEqualTo(SNAPSHOTS)));

        stub.stubFor(get(urlPathEqualTo(SNAPSHOTS))
            .willReturn(json(200, snapshots(snapshot("s-failed", "failed", "label", "2026-01-03T10:00:00.000Z")))));
        stub.stubFor(post(urlEqualTo(SNAPSHOTS))
            .willReturn(json(200, snapshot("s-retry", "queued", "label", "2026-01-05T10:00:00.000Z"))));

        assertThat(platform.createSnapshot(APP, ENV, "label").snapshotId()).isEqualTo("s-retry");
    }

    // --- audit trail ---

    @Test
    void auditEventsStopAtTheMaximumAndTellWhoActed() {
        stub.stubFor(get(urlPathEqualTo("/audit/v1/logs")).willReturn(json(200, """
                {"pagination":{"page":1,"pageSize":3,"total":3},"items":[
                  {"logId":"1","timestamp":"2025-03-01T10:15:30Z","ownerId":"c","ownerIdType":"CompanyID",
                   "internalService":"Projects","externalService":"Mendix Portal",
                   "client":{"userUuid":"%s","userAccountEmail":"Jane.Doe@brightwater.example","userName":"Jane"},
                   "event":{"action":"Update","description":"d","outcome":"SuccessAction"}},
                  {"logId":"2","timestamp":"2025-03-01T10:15:31Z","ownerId":"c","ownerIdType":"CompanyID",
                   "internalService":"Projects","externalService":"Mendix Portal",
                   "client":{"userAccountEmail":"scheduler@mendix.com","userName":"Scheduler","originType":"SystemScheduledTask"},
                   "event":{"action":"Update","description":"d","outcome":"SuccessAction"}},
                  {"logId":"3","timestamp":"2025-03-01T10:15:32Z","ownerId":"c","ownerIdType":"CompanyID",
                   "internalService":"Projects","externalService":"Mendix Portal",
                   "client":{"userUuid":"%s","userAccountEmail":"jane.doe@brightwater.example","userName":"Jane"},
                   "event":{"action":"Update","description":"d","outcome":"SuccessAction"}}]}"""
            .formatted(JANE, JANE))));

        scenarios.readsAuditEventsUpToTheMaximum(2);

        assertThat(observer.observed).containsExactly(JANE_EMAIL + "=" + JANE);
    }

    // --- legacy User Management API ---

    @Test
    void anOpenIdIsFoundAndObservedOrIsEmptyWhenTheLegacyApiDoesNotKnowTheAddress() {
        String openId = "https://mxid2.mendixcloud.com/mxid2/id?id=bdddd12c-3f5a-4b5e-9a1d-2f8c7e6d5b4a";
        stub.stubFor(get(urlEqualTo("/usermanagement/legacy-api/1/users/by-email/jane.doe%40brightwater.example"))
            .willReturn(json(200, "{\"openId\":\"" + openId + "\"}")));
        stub.stubFor(get(urlEqualTo("/usermanagement/legacy-api/1/users/by-email/nobody%40brightwater.example"))
            .willReturn(json(404, "{\"errorMessage\":\"User not found\",\"errorCode\":\"RESOURCE_NOT_FOUND\"}")));

        assertThat(platform.legacyUserManagementAvailable()).isTrue();
        assertThat(platform.openIdOf("Jane.Doe@brightwater.example")).contains(openId);
        assertThat(platform.openIdOf("nobody@brightwater.example")).isEmpty();
        assertThat(observer.observedOpenIds).containsExactly(JANE_EMAIL + "=" + openId);
    }

    @Test
    void reactivatingGoesThroughTheLegacyApiOnlyWhenItIsSwitchedOn() {
        stub.stubFor(put(urlPathMatching("/usermanagement/legacy-api/1/users/.*")).willReturn(aResponse().withStatus(200)));
        String openId = "https://mxid2.mendixcloud.com/mxid2/id?id=bdddd12c-3f5a-4b5e-9a1d-2f8c7e6d5b4a";

        platform.reactivate(openId);
        MendixPlatform withoutLegacy = new TestClients(stub.baseUrl()).legacyEnabled(false).platform();

        assertThat(withoutLegacy.legacyUserManagementAvailable()).isFalse();
        assertThatThrownBy(() -> withoutLegacy.reactivate(openId)).isInstanceOf(MendixConfigurationException.class);
        assertThatThrownBy(() -> withoutLegacy.openIdOf(JANE_EMAIL)).isInstanceOf(MendixConfigurationException.class);
        assertThat(stub.getAllServeEvents()).hasSize(1);
        stub.verify(0, getRequestedFor(urlPathMatching("/usermanagement/.*")));
    }

    private static String members(String... userIds) {
        StringBuilder items = new StringBuilder();
        for (String userId : userIds) {
            items.append(items.isEmpty() ? "" : ",").append("{\"userId\":\"").append(userId)
                .append("\",\"displayName\":\"Jane Doe\",\"isActive\":true}");
        }
        return "{\"page\":{\"totalElements\":" + userIds.length + ",\"offset\":0,\"elements\":" + userIds.length
                + "},\"items\":[" + items + "]}";
    }

    private static String cloudApp(String technicalContact) {
        return """
                {"id":"%s","name":"Expenses","licenseType":"free","subdomain":"expenses","region":"eu",
                 "technicalContact":{"userId":"%s","name":"Someone","status":"active"}}"""
            .formatted(APP, technicalContact);
    }

    private static String snapshots(String... snapshots) {
        return "{\"limit\":100,\"offset\":0,\"total\":" + snapshots.length + ",\"snapshots\":["
                + String.join(",", snapshots) + "]}";
    }

    private static String snapshot(String id, String state, String comment, String createdAt) {
        return """
                {"snapshot_id":"%s","state":"%s","comment":"%s","status_message":null,"model_version":"1.0.0.7",
                 "created_at":"%s","finished_at":null,"updated_at":null,"expires_at":null}"""
            .formatted(id, state, comment, createdAt);
    }

    /** The identity map's view: every pair of identifiers the platform's answers carried. */
    static final class RecordingObserver implements IdentityObserver {

        final List<String> observed = new ArrayList<>();

        final List<String> observedOpenIds = new ArrayList<>();

        @Override
        public void observed(String email, String userId) {
            observed.add(email + "=" + userId);
        }

        @Override
        public void observedOpenId(String email, String openId) {
            observedOpenIds.add(email + "=" + openId);
        }

    }

}

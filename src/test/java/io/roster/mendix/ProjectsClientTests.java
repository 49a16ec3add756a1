package io.roster.mendix;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.roster.mendix.StubAnswers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Projects API v2 client against a stub: what it sends, how it reads every documented answer, and failures. */
class ProjectsClientTests {

    static final String USER = "d207ff9b-3603-4060-aa0a-62d5b264bac7";

    static final String APP = "647966c7-7152-466a-9d51-f834ea883dcc";

    static final String ROLE = "fdea56de-3c79-48d9-93ff-61cbc736426c";

    static final String ACCOUNT = "0a69e0e7-50c9-437d-83f8-83f0367df4db";

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    TestClients clients;

    ProjectsClient projects;

    @BeforeEach
    void clients() {
        clients = new TestClients(stub.baseUrl());
        projects = clients.factory().projects();
    }

    @AfterEach
    void everyRequestIsAsPublished() {
        clients.exchanges.assertRequestsMatchPublishedContracts();
    }

    @Test
    void aUsersAppsAreReadPageByPageUntilTheTotal() {
        stubUserProjectsPage(0, 100, 237);
        stubUserProjectsPage(100, 100, 237);
        stubUserProjectsPage(200, 37, 237);

        List<AppMembership> apps = projects.userProjects(USER);

        assertThat(apps).hasSize(237);
        assertThat(apps.get(0)).isEqualTo(new AppMembership(appId(0), "App 0", true, ACCOUNT,
                "https://cloud.home.mendix.com", new AppMembership.MemberRole("Scrum Master", true, true, true)));
        assertThat(clients.exchanges.all()).extracting(exchange -> exchange.pathAfter("/v2"))
            .containsExactly("/users/" + USER + "/projects?limit=100&offset=0",
                    "/users/" + USER + "/projects?limit=100&offset=100",
                    "/users/" + USER + "/projects?limit=100&offset=200");
        assertThat(clients.exchanges.last().requestHeaders()).containsEntry("Authorization", "MxToken " + TestClients.TOKEN)
            .containsEntry("Accept", "application/json");
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void aListWithoutTotalEndsAtAShortPage() {
        stub.stubFor(get(urlEqualTo("/projects/v2/users/" + USER + "/projects?limit=100&offset=0"))
            .willReturn(json(200, "{\"items\":[" + userProjects(0, 100) + "]}")));
        stub.stubFor(get(urlEqualTo("/projects/v2/users/" + USER + "/projects?limit=100&offset=100"))
            .willReturn(json(200, "{\"items\":[" + userProjects(100, 3) + "]}")));

        assertThat(projects.userProjects(USER)).hasSize(103);
        assertThat(clients.exchanges.all()).hasSize(2);
    }

    @Test
    void anEmptyPageEndsTheList() {
        stub.stubFor(get(urlPathEqualTo("/projects/v2/users/" + USER + "/projects"))
            .willReturn(json(200, "{\"page\":{\"totalElements\":0,\"offset\":0,\"elements\":0},\"items\":[]}")));

        assertThat(projects.userProjects(USER)).isEmpty();
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void anAppIsReadWithItsTeamTechnicalContactAndCategories() {
        stub.stubFor(get(urlEqualTo("/projects/v2/projects/" + APP)).willReturn(json(200, """
                {"projectId":"%s","name":"Expenses","description":"Claims","createdOn":"2025-01-28T15:05:58Z",
                 "active":true,"cloudProvider":"Mendix","targetCloud":"https://cloud.home.mendix.com",
                 "createdBy":{"userId":"%s","fullName":"Jane Doe"},
                 "members":[
                   {"userId":"%s","fullName":"Jane Doe","account":{"accountId":"%s","accountName":"Brightwater"},
                    "isActive":true,"role":{"roleId":"%s","roleName":"Scrum Master"}},
                   {"userId":"123e4567-e89b-12d3-a456-426614174002","fullName":"Ext Ernal",
                    "account":{"accountId":"other","accountName":"Partner"},"isActive":false,
                    "role":{"roleId":"123e4567-e89b-12d3-a456-426614174009","roleName":"Developer"}}],
                 "technicalContact":{"userId":"%s","fullName":"Jane Doe","account":{"accountId":"%s"}},
                 "account":{"accountId":"%s","accountName":"Brightwater"},
                 "categories":[{"categoryName":"Purpose","categoryId":"c1","values":[{"code":"TRN","value":"Training"}]}]}
                """.formatted(APP, USER, USER, ACCOUNT, ROLE, USER, ACCOUNT, ACCOUNT))));

        App app = projects.project(APP);

        App.Member jane = new App.Member(USER, "Jane Doe", true, ACCOUNT, ROLE, "Scrum Master");
        assertThat(app).isEqualTo(new App(APP, "Expenses", true, App.Cloud.MENDIX, ACCOUNT, jane,
                List.of(jane, new App.Member("123e4567-e89b-12d3-a456-426614174002", "Ext Ernal", false, "other",
                        "123e4567-e89b-12d3-a456-426614174009", "Developer")),
                List.of(new App.Category("Purpose", List.of("Training")))));
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @ParameterizedTest
    @CsvSource({ "Mendix, MENDIX", "SAP, SAP", "STACKIT, STACKIT", "Mendix_for_Private_Cloud, PRIVATE_CLOUD" })
    void theCloudProviderTellsWhereTheAppRuns(String cloudProvider, App.Cloud cloud) {
        stub.stubFor(get(urlEqualTo("/projects/v2/projects/" + APP)).willReturn(json(200,
                "{\"projectId\":\"" + APP + "\",\"name\":\"A\",\"cloudProvider\":\"" + cloudProvider + "\"}")));

        assertThat(projects.project(APP).cloud()).isEqualTo(cloud);
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void anAppWithoutCloudProviderRunsSomewhereUnknownAndHasNoTeamListed() {
        stub.stubFor(get(urlEqualTo("/projects/v2/projects/" + APP))
            .willReturn(json(200, "{\"projectId\":\"" + APP + "\",\"name\":\"A\"}")));

        App app = projects.project(APP);

        assertThat(app.cloud()).isEqualTo(App.Cloud.UNKNOWN);
        assertThat(app.technicalContact()).isNull();
        assertThat(app.members()).isEmpty();
        assertThat(app.categories()).isEmpty();
    }

    @Test
    void theCompanysAppsAndRolesAreListed() {
        stub.stubFor(get(urlEqualTo("/projects/v2/accounts/" + ACCOUNT + "/projects?limit=100&offset=0"))
            .willReturn(json(200, """
                    {"page":{"totalElements":2,"offset":0,"elements":2},"items":[
                      {"projectId":"%s","name":"Expenses","createdOn":"Jun 29, 2023 4:39 PM","active":true,
                       "createdBy":{"userId":"%s","fullName":"Jane Doe"}},
                      {"projectId":"b1","name":"Old","createdOn":"2020-01-16T05:53:28Z","active":false}]}
                    """.formatted(APP, USER))));
        stub.stubFor(get(urlEqualTo("/projects/v2/accounts/" + ACCOUNT + "/roles?limit=100&offset=0"))
            .willReturn(json(200, """
                    {"page":{"totalElements":1,"offset":0,"elements":1},"items":[
                      {"roleId":"%s","roleName":"Scrum Master","roleDescription":"Project administrator",
                       "isAdministrator":true,"hasRepositoryAccess":true,"hasCloudAccess":true,"hasStoryAccess":true,
                       "hasInvitationRights":true,"environmentPermissions":[
                         {"environmentType":"production","accessType":"custom","hasManageRights":false,
                          "hasTransportRights":true,"hasBackupAccess":true,"hasMonitoringAccess":false,
                          "hasApiRights":true}]}]}
                    """.formatted(ROLE))));

        assertThat(projects.accountProjects(ACCOUNT)).containsExactly(
                new AppSummary(APP, "Expenses", true, "Jun 29, 2023 4:39 PM"),
                new AppSummary("b1", "Old", false, "2020-01-16T05:53:28Z"));
        assertThat(projects.accountRoles(ACCOUNT)).containsExactly(new ProjectRole(ROLE, "Scrum Master", true, true,
                List.of(new ProjectRole.EnvironmentAccess("production", "custom", true, true, false, true, false))));
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void theTeamIsListedByUserId() {
        stub.stubFor(get(urlEqualTo("/projects/v2/projects/" + APP + "/members?limit=100&offset=0"))
            .willReturn(json(200, """
                    {"page":{"totalElements":2,"offset":0,"elements":2},"items":[
                      {"userId":"%s","displayName":"Jane Doe","avatarUrl":"https://a","isActive":true,
                       "company":{"companyName":"Brightwater"}},
                      {"userId":"u2","displayName":"Joe","isActive":false}]}
                    """.formatted(USER))));

        assertThat(projects.memberIds(APP)).containsExactly(USER, "u2");
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @ParameterizedTest
    @CsvSource({ "201, ADDED", "202, INVITED" })
    void addingAMemberPostsTheMemberAndRoleAndTellsAddedFromInvited(int status, TeamChange change) {
        stub.stubFor(post(urlEqualTo("/projects/v2/projects/" + APP + "/members"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader("Authorization", equalTo("MxToken " + TestClients.TOKEN))
            .withRequestBody(equalToJson("{\"memberId\":\"" + USER + "\",\"roleId\":\"" + ROLE + "\"}"))
            .willReturn(aResponse().withStatus(status)));

        assertThat(projects.addMember(APP, USER, ROLE)).isEqualTo(change);
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void anAddAnsweredWithAnotherSuccessIsABadResponse() {
        stub.stubFor(post(urlEqualTo("/projects/v2/projects/" + APP + "/members")).willReturn(aResponse().withStatus(200)));

        assertThatThrownBy(() -> projects.addMember(APP, USER, ROLE)).isInstanceOf(MendixBadResponseException.class)
            .hasMessageContaining("HTTP 200");
    }

    @Test
    void removingAMemberDeletesThem() {
        stub.stubFor(delete(urlEqualTo("/projects/v2/projects/" + APP + "/members/" + USER))
            .willReturn(aResponse().withStatus(204)));

        projects.removeMember(APP, USER);

        assertThat(clients.exchanges.last().method()).isEqualTo("DELETE");
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void removingTheLastScrumMasterIsRefusedWithThePlatformsReason() {
        stub.stubFor(delete(urlEqualTo("/projects/v2/projects/" + APP + "/members/" + USER)).willReturn(json(409, """
                {"error":{"message":"Conflict","detail":"The member is the last Scrum Master of the project",
                 "code":409,"instance":"urn:uuid:8c584042-0246-4306-aa68-25a407f43145"}}""")));

        assertThatThrownBy(() -> projects.removeMember(APP, USER)).isInstanceOfSatisfying(MendixRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo("The member is the last Scrum Master of the project"))
            .hasMessage("Projects API v2 remove team member: refused by the platform (HTTP 409): "
                    + "The member is the last Scrum Master of the project");
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void deletingAnAppIsAccepted() {
        stub.stubFor(delete(urlEqualTo("/projects/v2/projects/" + APP)).willReturn(aResponse().withStatus(202)));

        projects.deleteProject(APP);

        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void deletingALicensedAppIsRefusedAndAConflictWithoutDetailStillSaysConflict() {
        stub.stubFor(delete(urlEqualTo("/projects/v2/projects/" + APP)).willReturn(json(409,
                "{\"error\":{\"message\":\"Conflict\",\"detail\":\"\",\"code\":409,\"instance\":\"urn:uuid:1\"}}")));

        assertThatThrownBy(() -> projects.deleteProject(APP)).isInstanceOfSatisfying(MendixRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo("Conflict"));
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            404 | application/json | {"error":{"message":"Not Found","detail":"","code":404,"instance":"urn:uuid:1"}} | MendixNotFoundException | not found (HTTP 404): Not Found
            401 | application/json | {"error":{"message":"Unauthorized","detail":"Invalid access token","code":401}} | MendixConfigurationException | credentials not accepted (HTTP 401): Invalid access token
            401 | text/plain | Supplied personal access token is invalid. | MendixConfigurationException | credentials not accepted (HTTP 401): Supplied personal access token is invalid.
            403 | application/json | {"error":{"message":"Forbidden","detail":"Access token does not include the required scope."}} | MendixConfigurationException | (HTTP 403): Access token does not include the required scope.
            400 | application/json | {"error":{"message":"Bad Request","detail":"One or more of the provided attributes are not valid","code":400,"invalid-params":[{"name":"offset","reason":"Offset must be a positive number"}]}} | MendixBadResponseException | (HTTP 400): One or more of the provided attributes are not valid: offset: Offset must be a positive number
            500 | application/json | {"error":{"message":"Internal Server Error","code":500,"instance":"urn:uuid:1"}} | MendixUnavailableException | unavailable (HTTP 500): Internal Server Error
            502 | text/html | <html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html> | MendixUnavailableException | unavailable (HTTP 502): an HTML page "502 Bad Gateway"
            503 | application/json | '' | MendixUnavailableException | unavailable (HTTP 503)
            404 | text/html | <html><head><title>Not Found</title></head></html> | MendixBadResponseException | (HTTP 404): not the API's own answer (an HTML page "Not Found"); is the base URL right?
            404 | application/json | {"timestamp":"2026-01-01T00:00:00Z","status":404,"error":"Not Found","path":"/x"} | MendixBadResponseException | is the base URL right?
            418 | text/plain | I'm a teapot | MendixBadResponseException | unexpected answer (HTTP 418): I'm a teapot
            500 | nonsense;; | oops | MendixUnavailableException | unavailable (HTTP 500): oops
            """)
    void everyFailedAnswerBecomesItsTypedFailure(int status, String contentType, String body, String failure,
            String message) throws ClassNotFoundException {
        stub.stubFor(get(urlPathEqualTo("/projects/v2/projects/" + APP))
            .willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));

        assertThatThrownBy(() -> projects.project(APP)).isExactlyInstanceOf(Class.forName("io.roster.mendix." + failure))
            .hasMessageStartingWith("Projects API v2 get app: ")
            .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an HTML page | text/html | <html><body>Welcome</body></html> | a text/html answer where JSON was expected
            wrong JSON types | application/json | {"page":{"totalElements":"many"},"items":{}} | not the expected JSON
            broken JSON | application/json | {"items":[ | not the expected JSON
            no items | application/json | {"page":{"totalElements":1}} | the required field 'items' is missing
            an item without id | application/json | {"items":[{"name":"A","role":{"name":"Developer"}}]} | the required field 'items[].projectId' is missing
            an item without role | application/json | {"items":[{"projectId":"a","name":"A"}]} | the required field 'items[].role' is missing
            a null item | application/json | {"items":[null]} | incomplete answer
            an empty body | application/json | '' | the body is empty
            a malformed content type | nonsense;; | {"items":[]} | not the expected JSON (Invalid mime type
            """)
    void aSuccessfulAnswerRosterCannotReadIsABadResponse(String what, String contentType, String body,
            String problem) {
        stub.stubFor(get(urlPathEqualTo("/projects/v2/users/" + USER + "/projects"))
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(body)));

        assertThatThrownBy(() -> projects.userProjects(USER)).isExactlyInstanceOf(MendixBadResponseException.class)
            .hasMessageStartingWith("Projects API v2 list a user's apps: unexpected answer (HTTP 200): ")
            .hasMessageContaining(problem)
            .hasNoCause();
    }

    private static void stubUserProjectsPage(int offset, int size, int total) {
        stub.stubFor(get(urlEqualTo("/projects/v2/users/" + USER + "/projects?limit=100&offset=" + offset))
            .willReturn(json(200, "{\"page\":{\"totalElements\":" + total + ",\"offset\":" + offset + ",\"elements\":"
                    + size + "},\"items\":[" + userProjects(offset, size) + "]}")));
    }

    static String userProjects(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> """
                {"projectId":"%s","name":"App %d","description":"","targetCloud":"https://cloud.home.mendix.com",
                 "active":true,"account":{"accountId":"%s","accountName":"Brightwater"},"isPinnedByUser":false,
                 "role":{"name":"Scrum Master","isAdministrator":true,"isTechnicalContact":%b,"hasRepositoryAccess":true,
                 "hasCloudAccess":true,"hasStoryAccess":true,"hasInvitationRights":true}}"""
            .formatted(appId(i), i, ACCOUNT, i % 2 == 0)).collect(Collectors.joining(","));
    }

    static String appId(int i) {
        return "%08d-7152-466a-9d51-f834ea883dcc".formatted(i);
    }

}

package io.roster.mendix;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.roster.mendix.StubAnswers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Deploy API v4 client against a stub: apps, Technical Contact, environments, permissions, failures. */
class DeployClientTests {

    static final String APP = "c533ee0b-f7db-4e62-868b-1192d392ccec";

    static final String ENV = "22064f8f-ee55-438c-9ab2-182f2f8e5f2f";

    static final String BASE = "/cloud/api/v4";

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    TestClients clients;

    DeployClient deploy;

    @BeforeEach
    void clients() {
        clients = new TestClients(stub.baseUrl());
        deploy = clients.factory().deploy();
    }

    @AfterEach
    void everyRequestIsAsPublished() {
        clients.exchanges.assertRequestsMatchPublishedContracts();
    }

    @Test
    void anAppIsReadWithItsLicenseAndTechnicalContactByEmail() {
        stub.stubFor(get(urlEqualTo(BASE + "/apps/" + APP)).withHeader("Authorization",
                equalTo("MxToken " + TestClients.TOKEN))
            .willReturn(json(200, app("licensed"))));

        assertThat(deploy.app(APP)).isEqualTo(new CloudApp(APP, "My fabulous app", CloudApp.LicenseType.LICENSED,
                "myfabulousapp", "jane.doe@domain.tld", "Jane Doe"));
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void anUnknownLicenseTypeIsABadResponse() {
        stub.stubFor(get(urlEqualTo(BASE + "/apps/" + APP)).willReturn(json(200, app("trial"))));

        assertThatThrownBy(() -> deploy.app(APP)).isInstanceOf(MendixBadResponseException.class)
            .hasMessage("Deploy API v4 get cloud app: unexpected answer (HTTP 200): unknown licenseType 'trial'");
    }

    @Test
    void anAppWithoutTechnicalContactIsABadResponse() {
        stub.stubFor(get(urlEqualTo(BASE + "/apps/" + APP))
            .willReturn(json(200, "{\"id\":\"" + APP + "\",\"name\":\"A\",\"licenseType\":\"free\"}")));

        assertThatThrownBy(() -> deploy.app(APP)).isInstanceOf(MendixBadResponseException.class)
            .hasMessageEndingWith("the required field 'technicalContact' is missing");
    }

    @Test
    void theTechnicalContactIsChangedByEmail() {
        stub.stubFor(patch(urlEqualTo(BASE + "/apps/" + APP)).withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson("{\"technicalContact\":{\"userId\":\"jane.doe@domain.tld\"}}"))
            .willReturn(aResponse().withStatus(200)));

        deploy.changeTechnicalContact(APP, "jane.doe@domain.tld");

        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @ParameterizedTest(name = "{0}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            400 | {"error":{"code":400,"message":"The user jane.doe@domain.tld is not member of an application","invalid-params":[{"name":"","reason":""}]}} | true | MendixRefusedException | refused by the platform (HTTP 400): The user jane.doe@domain.tld is not member of an application
            400 | {"error":{"code":400,"message":"User jane.doe@domain.tld not found","invalid-params":[{"name":"","reason":""}]}} | true | MendixRefusedException | refused by the platform (HTTP 400): User jane.doe@domain.tld not found
            400 | {"error":{"code":400,"message":"Validation errors","invalid-params":[{"name":"Request body","reason":"Attribute 'userId' is required, or the provided value is not supported"}]}} | true | MendixBadResponseException | unexpected answer (HTTP 400): Validation errors: Request body: Attribute 'userId' is required
            403 | {"error":{"code":403,"message":"Forbidden","invalid-params":[{"name":"Authentication","reason":"The user is not the Technical Contact of the app"}]}} | true | MendixRefusedException | refused by the platform (HTTP 403): Forbidden: Authentication: The user is not the Technical Contact of the app
            403 | {"error":{"code":403,"message":"Forbidden","invalid-params":[{"name":"Authentication","reason":"The token is not accepted"}]}} | true | MendixConfigurationException | credentials not accepted (HTTP 403): Forbidden: Authentication: The token is not accepted
            403 | {"error":{"code":403,"message":"Forbidden","invalid-params":[{"name":"Authentication","reason":"Account not found or inactive"}]}} | true | MendixConfigurationException | credentials not accepted (HTTP 403): Forbidden: Authentication: Account not found or inactive
            401 | {"error":{"code":401,"message":"Unauthorized","invalid-params":[{"name":"Authentication","reason":"Missing or invalid Authorization header"}]}} | true | MendixConfigurationException | credentials not accepted (HTTP 401): Unauthorized: Authentication: Missing or invalid Authorization header
            404 | {"error":{"code":404,"message":"Application c533ee0b-f7db-4e62-868b-1192d392ccec not found","invalid-params":[{"name":"","reason":""}]}} | true | MendixNotFoundException | not found (HTTP 404): Application c533ee0b-f7db-4e62-868b-1192d392ccec not found
            500 | {"error":{"code":500,"message":"Not able to authenticate the request due a technical failure","invalid-params":[{"name":"","reason":""}]}} | true | MendixUnavailableException | unavailable (HTTP 500): Not able to authenticate the request due a technical failure
            """)
    void changingTheTechnicalContactFailsAsTheDocumentationSays(int status, String body, boolean published,
            String failure, String message) throws ClassNotFoundException {
        stub.stubFor(patch(urlEqualTo(BASE + "/apps/" + APP)).willReturn(json(status, body)));

        assertThatThrownBy(() -> deploy.changeTechnicalContact(APP, "jane.doe@domain.tld"))
            .isExactlyInstanceOf(Class.forName("io.roster.mendix." + failure))
            .hasMessageStartingWith("Deploy API v4 change technical contact: ")
            .hasMessageContaining(message);
        if (published) {
            clients.exchanges.assertExchangesMatchPublishedContracts();
        }
    }

    @Test
    void environmentsAreReadUntilAPageShorterThanTheLimitTheApiUsed() {
        // the API allows 20 a page and says so in its pagination
        stub.stubFor(get(urlEqualTo(BASE + "/apps/" + APP + "/environments?offset=0&limit=100"))
            .willReturn(json(200, environments(0, 20, 20))));
        stub.stubFor(get(urlEqualTo(BASE + "/apps/" + APP + "/environments?offset=20&limit=100"))
            .willReturn(json(200, environments(20, 5, 20))));

        assertThat(deploy.environments(APP)).hasSize(25)
            .first()
            .isEqualTo(new Environment(environmentId(0), APP, "Env 0", true, "running"));
        assertThat(clients.exchanges.all()).hasSize(2);
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void permissionsAreReadPerMemberByEmail() {
        stub.stubFor(get(urlEqualTo(BASE + "/apps/" + APP + "/environments/" + ENV + "/permissions?limit=100&offset=0"))
            .willReturn(json(200, """
                    {"technicalContact":"jane.doe@domain.tld","permissions":[
                      {"member":{"userId":"Jane.Doe@domain.tld"},"canDeployApp":true,"canManageBackups":true,
                       "canViewAlerts":false,"canAccessAPI":true,"canViewLogs":false,"canManagePrivileges":true}],
                     "pagination":{"offset":0,"limit":100,"size":1}}""")));

        assertThat(deploy.permissions(APP, ENV)).containsExactly(
                new EnvironmentPermission("jane.doe@domain.tld", true, true, false, true, false, true));
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void oneMembersPermissionsAreAskedForByEmail() {
        stub.stubFor(get(urlPathEqualTo(BASE + "/apps/" + APP + "/environments/" + ENV + "/permissions"))
            .withQueryParam("userId", equalTo("jane.doe+ops@domain.tld"))
            .willReturn(json(200, "{\"permissions\":[],\"pagination\":{\"offset\":0,\"limit\":20,\"size\":0}}")));

        assertThat(deploy.permissionsOf(APP, ENV, "jane.doe+ops@domain.tld")).isEmpty();
        assertThat(clients.exchanges.last().uri().getRawQuery()).isEqualTo("userId=jane.doe%2Bops%40domain.tld");
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void permissionsAreChangedForOneMember() {
        stub.stubFor(patch(urlEqualTo(BASE + "/apps/" + APP + "/environments/" + ENV + "/permissions"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson("""
                    {"permissions":[{"member":{"userId":"jane.doe@domain.tld"},"canDeployApp":false,
                     "canManageBackups":true,"canViewAlerts":true,"canAccessAPI":false,"canViewLogs":true,
                     "canManagePrivileges":false}]}"""))
            .willReturn(json(200, "{\"permissions\":[]}")));

        deploy.updatePermissions(APP, ENV,
                new EnvironmentPermission("jane.doe@domain.tld", false, true, true, false, true, false));

        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void permissionsWithoutMemberAreABadResponse() {
        stub.stubFor(get(urlPathEqualTo(BASE + "/apps/" + APP + "/environments/" + ENV + "/permissions"))
            .willReturn(json(200, "{\"permissions\":[{\"canDeployApp\":true}]}")));

        assertThatThrownBy(() -> deploy.permissions(APP, ENV)).isInstanceOf(MendixBadResponseException.class)
            .hasMessageEndingWith("the required field 'permissions[].member.userId' is missing");
    }

    private static String app(String licenseType) {
        return """
                {"id":"%s","name":"My fabulous app","licenseType":"%s","subdomain":"myfabulousapp",
                 "technicalContact":{"userId":"jane.doe@domain.tld","name":"Jane Doe","status":"active"},
                 "region":"prod2-eu-central-1"}""".formatted(APP, licenseType);
    }

    private static String environments(int from, int count, int limit) {
        String environments = IntStream.range(from, from + count).mapToObj(i -> """
                {"id":"%s","appId":"%s","name":"Env %d","state":"running","isProduction":%b,
                 "url":"https://env%d.mendixcloud.com","planName":"XL21-PREMIUM"}""".formatted(environmentId(i), APP, i,
                i == 0, i))
            .collect(Collectors.joining(","));
        return "{\"environments\":[" + environments + "],\"pagination\":{\"offset\":" + from + ",\"limit\":" + limit
                + ",\"size\":" + count + "}}";
    }

    private static String environmentId(int i) {
        return "%08d-ee55-438c-9ab2-182f2f8e5f2f".formatted(i);
    }

}

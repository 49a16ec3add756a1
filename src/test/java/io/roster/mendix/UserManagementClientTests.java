package io.roster.mendix;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.roster.mendix.StubAnswers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The legacy User Management API client against a stub (Mendix publishes no OpenAPI description of it): OpenIDs by
 * e-mail, reactivation, URL-encoded path segments, and the switch that keeps it off.
 */
class UserManagementClientTests {

    static final String OPEN_ID = "https://mxid2.mendixcloud.com/mxid2/id?id=bdddd12c-3f5a-4b5e-9a1d-2f8c7e6d5b4a";

    static final String ENCODED_OPEN_ID = "https%3A%2F%2Fmxid2.mendixcloud.com%2Fmxid2%2Fid%3Fid%3D"
            + "bdddd12c-3f5a-4b5e-9a1d-2f8c7e6d5b4a";

    static final String USERS = "/usermanagement/legacy-api/1/users";

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    TestClients clients;

    @BeforeEach
    void clients() {
        clients = new TestClients(stub.baseUrl());
    }

    @Test
    void anOpenIdIsFoundByTheEncodedEmailWithTheApiKey() {
        stub.stubFor(get(urlPathMatching(USERS + "/by-email/.*"))
            .withHeader("Mendix-Username", equalTo(TestClients.API_USERNAME))
            .withHeader("Mendix-ApiKey", equalTo(TestClients.API_KEY))
            .withHeader("Authorization", absent())
            .willReturn(json(200, "{\"openId\":\"" + OPEN_ID + "\"}")));

        assertThat(clients.factory().userManagement().openIdByEmail("jane.doe+it@brightwater.example"))
            .isEqualTo(OPEN_ID);
        assertThat(clients.exchanges.last().uri().getRawPath())
            .isEqualTo(USERS + "/by-email/jane.doe%2Bit%40brightwater.example");
    }

    @Test
    void reactivatingPutsActiveStatusTrueToTheFullyEncodedOpenId() {
        stub.stubFor(put(urlPathMatching(USERS + "/.*")).withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson("{\"activeStatus\":true}"))
            .willReturn(aResponse().withStatus(200)));

        clients.factory().userManagement().reactivate(OPEN_ID);

        assertThat(clients.exchanges.last().uri().getRawPath()).isEqualTo(USERS + "/" + ENCODED_OPEN_ID);
        assertThat(clients.exchanges.last().uri().getRawQuery()).isNull();
        assertThat(stub.getAllServeEvents()).hasSize(1);
    }

    @Test
    void switchedOffItCallsNothing() {
        UserManagementClient legacy = clients.legacyEnabled(false).factory().userManagement();

        assertThat(legacy.enabled()).isFalse();
        assertThatThrownBy(() -> legacy.reactivate(OPEN_ID)).isInstanceOf(MendixConfigurationException.class)
            .hasMessage("legacy User Management API reactivate account: credentials not accepted: "
                    + "switched off (roster.mendix.apis.user-management.enabled=false)");
        assertThat(stub.getAllServeEvents()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            404 | {"errorMessage":"User not found","errorCode":"RESOURCE_NOT_FOUND"} | MendixNotFoundException | not found (HTTP 404): RESOURCE_NOT_FOUND: User not found
            401 | {"errorMessage":"Invalid API key","errorCode":"UNAUTHORIZED"} | MendixConfigurationException | credentials not accepted (HTTP 401): UNAUTHORIZED: Invalid API key
            403 | {"errorMessage":"Not a Company Manager","errorCode":"FORBIDDEN"} | MendixConfigurationException | credentials not accepted (HTTP 403): FORBIDDEN: Not a Company Manager
            400 | {"errorMessage":"Bad email","errorCode":"BAD_PARAMETER"} | MendixBadResponseException | unexpected answer (HTTP 400): BAD_PARAMETER: Bad email
            409 | {"errorMessage":"Exists","errorCode":"RESOURCE_ALREADY_EXISTS"} | MendixRefusedException | refused by the platform (HTTP 409): RESOURCE_ALREADY_EXISTS: Exists
            503 | {"errorMessage":"Try later","errorCode":"SERVICE_UNAVAILABLE"} | MendixUnavailableException | unavailable (HTTP 503): SERVICE_UNAVAILABLE: Try later
            560 | '' | MendixUnavailableException | unavailable (HTTP 560)
            """)
    void everyDocumentedFailureBecomesItsTypedFailure(int status, String body, String failure, String message)
            throws ClassNotFoundException {
        stub.stubFor(get(urlPathMatching(USERS + "/by-email/.*")).willReturn(json(status, body)));

        assertThatThrownBy(() -> clients.factory().userManagement().openIdByEmail("jane.doe@brightwater.example"))
            .isExactlyInstanceOf(Class.forName("io.roster.mendix." + failure))
            .hasMessage("legacy User Management API get OpenID by e-mail: " + message);
    }

}

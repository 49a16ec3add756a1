package io.roster.mendix;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The User Deactivation API client against a stub: the PATCH it sends and every documented failure. */
class UserDeactivationClientTests {

    static final String USER = "c5f3afba-cc28-4f56-b922-1e606807bed4";

    static final String PATH = "/users-status/v1/platform-users/" + USER;

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    TestClients clients;

    UserDeactivationClient deactivation;

    @BeforeEach
    void clients() {
        clients = new TestClients(stub.baseUrl());
        deactivation = clients.factory().userDeactivation();
    }

    @AfterEach
    void everyRequestIsAsPublished() {
        clients.exchanges.assertRequestsMatchPublishedContracts();
    }

    @Test
    void deactivatingPatchesActiveToFalse() {
        stub.stubFor(patch(urlEqualTo(PATH)).withHeader("Authorization", equalTo("MxToken " + TestClients.TOKEN))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson("{\"active\":false}"))
            .willReturn(aResponse().withStatus(204)));

        deactivation.deactivate(USER);

        assertThat(clients.exchanges.last().requestBody()).isEqualTo("{\"active\":false}");
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @ParameterizedTest(name = "{0} -> {4}: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            400 | application/json | {"error":{"code":400,"message":"Error parsing JSON. com.mendix.systemwideinterfaces.core.UserException: The value was 'fal'."}} | true | MendixBadResponseException | (HTTP 400): Error parsing JSON.
            400 | application/json | {"error":{"message":"The request data did not validate","detail":"Request payload is invalid.","code":400,"instance":"urn:uuid:d18fb790-05e7-4cd1-8f36-31326a894778"}} | true | MendixBadResponseException | (HTTP 400): Request payload is invalid.
            401 | application/json | {"error":{"message":"Unauthorized","detail":"Access token is non-existent or expired.","code":401,"instance":"urn:uuid:766f0ee2-e9a2-445b-bbc5-93dfdc5b5d22"}} | true | MendixConfigurationException | credentials not accepted (HTTP 401): Access token is non-existent or expired.
            401 | application/json | "Supplied personal access token is invalid." | true | MendixConfigurationException | credentials not accepted (HTTP 401): Supplied personal access token is invalid.
            401 | text/plain | Supplied personal access token is invalid. | false | MendixConfigurationException | credentials not accepted (HTTP 401): Supplied personal access token is invalid.
            403 | application/json | {"error":{"message":"Forbidden","detail":"Requestor is not Mendix Admin for the company","code":403,"instance":"urn:uuid:0e5d5395"}} | true | MendixConfigurationException | (HTTP 403): Requestor is not Mendix Admin for the company
            403 | application/json | {"error":{"message":"Forbidden","detail":"{\\"status\\":403,\\"title\\":\\"Forbidden\\",\\"detail\\":\\"Member cannot (de)active himself\\"}","code":403,"instance":"urn:uuid:9d13b5a2"}} | true | MendixConfigurationException | (HTTP 403): Member cannot (de)active himself
            403 | application/json | {"error":{"message":"Forbidden","detail":"Access token does not include the required scope.","code":403}} | true | MendixConfigurationException | (HTTP 403): Access token does not include the required scope.
            500 | application/json | {"error":{"message":"Internal Server Error","detail":"Internal Server error","code":500,"instance":"urn:uuid:dab1c9ba"}} | true | MendixUnavailableException | unavailable (HTTP 500): Internal Server error
            503 | application/json | {"message":"failure to get a peer from the ring-balancer","request_id":"960c04249094f36ecf89252924e61571"} | true | MendixUnavailableException | unavailable (HTTP 503): failure to get a peer from the ring-balancer
            404 | application/json | {"error":{"message":"Not Found","detail":"User not found","code":404}} | false | MendixNotFoundException | not found (HTTP 404): User not found
            """)
    void everyDocumentedFailureBecomesItsTypedFailure(int status, String contentType, String body, boolean published,
            String failure, String message) throws ClassNotFoundException {
        stub.stubFor(patch(urlEqualTo(PATH))
            .willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));

        assertThatThrownBy(() -> deactivation.deactivate(USER))
            .isExactlyInstanceOf(Class.forName("io.roster.mendix." + failure))
            .hasMessageStartingWith("User Deactivation API deactivate account: ")
            .hasMessageContaining(message);
        if (published) {
            clients.exchanges.assertExchangesMatchPublishedContracts();
        }
    }

}

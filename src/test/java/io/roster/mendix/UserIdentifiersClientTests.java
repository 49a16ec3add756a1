package io.roster.mendix;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.roster.mendix.StubAnswers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The User Identifiers API client against a stub: e-mail addresses to UUIDs, in batches, and every failure. */
class UserIdentifiersClientTests {

    static final String UUIDS = "/user-identifiers/v1/uuids";

    static final String JANE = "c5f3afba-cc28-4f56-b922-1e606807bed4";

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    TestClients clients;

    UserIdentifiersClient identifiers;

    @BeforeEach
    void clients() {
        clients = new TestClients(stub.baseUrl());
        identifiers = clients.factory().userIdentifiers();
    }

    @AfterEach
    void everyRequestIsAsPublished() {
        clients.exchanges.assertRequestsMatchPublishedContracts();
    }

    @Test
    void addressesArePostedAndAnsweredAsFoundOrNotFound() {
        stub.stubFor(post(urlEqualTo(UUIDS)).withHeader("Authorization", equalTo("MxToken " + TestClients.TOKEN))
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader("Accept", equalTo("application/json"))
            .withRequestBody(equalToJson("""
                    {"emailAddresses":[{"emailAddress":"jane.doe@domain.tld"},{"emailAddress":"john.doe@domain.tld"}]}"""))
            .willReturn(json(200, """
                    {"identifiers":[{"emailAddress":"jane.doe@domain.tld","uuid":"%s"}],
                     "error":{"message":"No user(s) found with the following email address(es) within your company",
                              "emailAddresses":[{"emailAddress":"john.doe@domain.tld"}]}}""".formatted(JANE))));

        UserIdentifiersClient.Lookup lookup = identifiers.lookUp(List.of("Jane.Doe@domain.tld ", "john.doe@domain.tld"));

        assertThat(lookup.found()).containsExactly(new MendixAccount("jane.doe@domain.tld", JANE));
        assertThat(lookup.notFound()).containsExactly("john.doe@domain.tld");
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void theAnswerIsReadInLowerCaseAndMayLeaveOutTheErrorWhenAllAreFound() {
        stub.stubFor(post(urlEqualTo(UUIDS))
            .willReturn(json(200, "{\"identifiers\":[{\"emailAddress\":\"Jane.Doe@Domain.TLD\",\"uuid\":\"" + JANE
                    + "\"}]}")));

        assertThat(identifiers.lookUp(List.of("jane.doe@domain.tld")).found())
            .containsExactly(new MendixAccount("jane.doe@domain.tld", JANE));
    }

    @Test
    void manyAddressesGoInBatchesOfAHundred() {
        stub.stubFor(post(urlEqualTo(UUIDS)).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withTransformers("response-template")
            .withBody("""
                    {"identifiers":[],"error":{"message":"none","emailAddresses":{{{jsonPath request.body '$.emailAddresses'}}} } }""")));
        List<String> addresses = IntStream.range(0, 150).mapToObj(i -> "person" + i + "@brightwater.example").toList();

        UserIdentifiersClient.Lookup lookup = identifiers.lookUp(addresses);

        assertThat(lookup.notFound()).hasSize(150);
        assertThat(clients.exchanges.all()).extracting(exchange -> exchange.requestBody().split("emailAddress\"").length - 1)
            .containsExactly(100, 50);
    }

    @Test
    void anAnswerThatLeavesAnAddressOutIsABadResponse() {
        stub.stubFor(post(urlEqualTo(UUIDS)).willReturn(json(200, """
                {"identifiers":[{"emailAddress":"jane.doe@domain.tld","uuid":"%s"}],"error":{"message":"",
                 "emailAddresses":[{"emailAddress":"someone.else@domain.tld"}]}}""".formatted(JANE))));

        assertThatThrownBy(() -> identifiers.lookUp(List.of("jane.doe@domain.tld", "john.doe@domain.tld")))
            .isInstanceOf(MendixBadResponseException.class)
            .hasMessage("User Identifiers API look up accounts: unexpected answer (HTTP 200): "
                    + "the answer leaves out 1 of the 2 addresses asked for");
    }

    @Test
    void anIdentifierWithoutUuidIsABadResponse() {
        stub.stubFor(post(urlEqualTo(UUIDS))
            .willReturn(json(200, "{\"identifiers\":[{\"emailAddress\":\"jane.doe@domain.tld\"}],\"error\":{}}")));

        assertThatThrownBy(() -> identifiers.lookUp(Set.of("jane.doe@domain.tld")))
            .isInstanceOf(MendixBadResponseException.class)
            .hasMessageEndingWith("the required field 'identifiers[].uuid' is missing");
    }

    @ParameterizedTest(name = "{0} {1} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            400 | application/json | {"statusCode":400,"errorCode":"INVALID_REQUEST","errorText":"Bearer token not provided, please supply a valid bearer token","displayText":"Something went wrong. If the problem persists, please let us know!"} | true | MendixBadResponseException | (HTTP 400): INVALID_REQUEST: Bearer token not provided
            401 | application/json | {"statusCode":401,"errorCode":"UNAUTHORIZED","errorText":"The User[c5f3afba] does not have Mendix Admin role to perform this operation","displayText":"Something went wrong."} | true | MendixConfigurationException | (HTTP 401): UNAUTHORIZED: The User[c5f3afba] does not have Mendix Admin role to perform this operation
            401 | application/json | "Invalid or missing authorization header" | true | MendixConfigurationException | (HTTP 401): Invalid or missing authorization header
            401 | text/plain | Supplied personal access token is invalid. Response: ... | false | MendixConfigurationException | (HTTP 401): Supplied personal access token is invalid. Response: ...
            403 | application/json | {"statusCode":403,"errorCode":"FORBIDDEN","errorText":"Bearer token is missing required scope(s): mx:mxid3:user-identifiers:uuid:read, provided scope(s): ","displayText":"x"} | true | MendixConfigurationException | (HTTP 403): FORBIDDEN: Bearer token is missing required scope(s)
            405 | text/plain | '' | false | MendixBadResponseException | unexpected answer (HTTP 405)
            500 | application/json | {"statusCode":500,"errorCode":"INTERNAL_SERVER_ERROR","errorText":"Something went wrong. Internal server error: database","displayText":"x"} | true | MendixUnavailableException | (HTTP 500): INTERNAL_SERVER_ERROR: Something went wrong. Internal server error: database
            500 | text/plain | Unable to access token exchange endpoint[...] | false | MendixUnavailableException | (HTTP 500): Unable to access token exchange endpoint[...]
            """)
    void everyDocumentedFailureBecomesItsTypedFailure(int status, String contentType, String body, boolean published,
            String failure, String message) throws ClassNotFoundException {
        stub.stubFor(post(urlEqualTo(UUIDS))
            .willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));

        assertThatThrownBy(() -> identifiers.lookUp(List.of("jane.doe@domain.tld")))
            .isExactlyInstanceOf(Class.forName("io.roster.mendix." + failure))
            .hasMessageStartingWith("User Identifiers API look up accounts: ")
            .hasMessageContaining(message);
        if (published) {
            clients.exchanges.assertExchangesMatchPublishedContracts();
        }
    }

}

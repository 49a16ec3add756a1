package io.roster.mendix;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.roster.mendix.StubAnswers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Audit Logging API client against a stub: filters, newest first, pages up to the events asked for. */
class AuditLoggingClientTests {

    static final String LOGS = "/audit/v1/logs";

    static final String JANE = "c5f3afba-cc28-4f56-b922-1e606807bed4";

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    TestClients clients;

    AuditLoggingClient audit;

    @BeforeEach
    void clients() {
        clients = new TestClients(stub.baseUrl());
        audit = clients.factory().auditLogging();
    }

    @AfterEach
    void everyRequestIsAsPublished() {
        clients.exchanges.assertRequestsMatchPublishedContracts();
    }

    @Test
    void theQuerysFiltersAreSentEncodedAndTheNewestComeFirst() {
        stub.stubFor(get(urlPathEqualTo(LOGS)).withHeader("Authorization", equalTo("MxToken " + TestClients.TOKEN))
            .willReturn(json(200, logs(0, 1, 1))));

        audit.logs(new AuditQuery(JANE, "User", Instant.parse("2024-06-01T00:00:00Z"),
                Instant.parse("2025-10-01T23:59:59Z"), "Control Center & more+", 10));

        assertThat(clients.exchanges.last().pathAfter("/v1")).isEqualTo("/logs?resourceId=" + JANE
                + "&resourceType=User&q=Control%20Center%20%26%20more%2B&from=2024-06-01T00%3A00%3A00Z"
                + "&to=2025-10-01T23%3A59%3A59Z&page=1&limit=10&sortBy=timestamp&sortOrder=desc");
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void anEventCarriesWhoDidItByUuidAndEmail() {
        stub.stubFor(get(urlPathEqualTo(LOGS)).willReturn(json(200, """
                {"pagination":{"page":1,"pageSize":1,"total":1},"items":[
                  {"logId":"log-1","timestamp":"2025-03-01T10:15:30Z","ownerId":"company-1","ownerIdType":"CompanyID",
                   "internalService":"Backups","externalService":"Deployment",
                   "client":{"userUuid":"%s","userAccountEmail":"Jane.Doe@brightwater.example","userName":"Jane Doe",
                             "ipAddress":"10.0.0.1","originType":"User"},
                   "event":{"action":"Create","description":"Created a backup","outcome":"SuccessAction",
                            "resource":{"resourceId":"backup-9","resourceType":"Backup","name":"Nightly"}}}]}"""
            .formatted(JANE))));

        assertThat(audit.logs(new AuditQuery(null, null, null, null, null, 50)))
            .containsExactly(new AuditEvent("log-1", Instant.parse("2025-03-01T10:15:30Z"), JANE,
                    "jane.doe@brightwater.example", "Create", "Created a backup", "SuccessAction", "backup-9", "Backup",
                    "Nightly"));
        assertThat(clients.exchanges.last().pathAfter("/v1"))
            .isEqualTo("/logs?page=1&limit=50&sortBy=timestamp&sortOrder=desc");
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void pagesAreReadUntilTheEventsAskedFor() {
        for (int page = 1; page <= 3; page++) {
            stub.stubFor(get(urlEqualTo(LOGS + "?page=" + page + "&limit=100&sortBy=timestamp&sortOrder=desc"))
                .willReturn(json(200, logs((page - 1) * 100, 100, 1000))));
        }

        assertThat(audit.logs(new AuditQuery(null, null, null, null, null, 250))).hasSize(250)
            .last()
            .extracting(AuditEvent::logId)
            .isEqualTo("log-249");
        assertThat(clients.exchanges.all()).hasSize(3);
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    @Test
    void pagesAreReadUntilTheTotal() {
        stub.stubFor(get(urlEqualTo(LOGS + "?page=1&limit=100&sortBy=timestamp&sortOrder=desc"))
            .willReturn(json(200, logs(0, 100, 120))));
        stub.stubFor(get(urlEqualTo(LOGS + "?page=2&limit=100&sortBy=timestamp&sortOrder=desc"))
            .willReturn(json(200, logs(100, 20, 120))));

        assertThat(audit.logs(new AuditQuery(null, null, null, null, null, 1000))).hasSize(120);
        assertThat(clients.exchanges.all()).hasSize(2);
    }

    @Test
    void anEventWithoutTimestampIsABadResponse() {
        stub.stubFor(get(urlPathEqualTo(LOGS)).willReturn(json(200, "{\"items\":[{\"logId\":\"log-1\"}]}")));

        assertThatThrownBy(() -> audit.logs(new AuditQuery(null, null, null, null, null, 10)))
            .isInstanceOf(MendixBadResponseException.class)
            .hasMessage("Audit Logging API read audit trail: unexpected answer (HTTP 200): "
                    + "the required field 'items[].timestamp' is missing");
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            400 | {"error":{"status":400,"message":"Bad request, invalid input"}} | MendixBadResponseException | unexpected answer (HTTP 400): Bad request, invalid input
            401 | {"error":{"status":401,"message":"Unauthorized, please provide valid credentials"}} | MendixConfigurationException | credentials not accepted (HTTP 401): Unauthorized, please provide valid credentials
            403 | {"error":{"status":403,"message":"Forbidden"}} | MendixConfigurationException | credentials not accepted (HTTP 403): Forbidden
            500 | {"error":{"status":500,"message":"Internal server error, please try again later"}} | MendixUnavailableException | unavailable (HTTP 500): Internal server error, please try again later
            """)
    void everyDocumentedFailureBecomesItsTypedFailure(int status, String body, String failure, String message)
            throws ClassNotFoundException {
        stub.stubFor(get(urlPathEqualTo(LOGS)).willReturn(json(status, body)));

        assertThatThrownBy(() -> audit.logs(new AuditQuery(null, null, null, null, null, 10)))
            .isExactlyInstanceOf(Class.forName("io.roster.mendix." + failure))
            .hasMessage("Audit Logging API read audit trail: " + message);
        clients.exchanges.assertExchangesMatchPublishedContracts();
    }

    private static String logs(int from, int count, int total) {
        String items = IntStream.range(from, from + count).mapToObj(i -> """
                {"logId":"log-%d","timestamp":"2025-03-01T10:15:30Z","ownerId":"company-1","ownerIdType":"CompanyID",
                 "internalService":"Projects","externalService":"Mendix Portal",
                 "client":{"userUuid":"%s","userAccountEmail":"jane.doe@brightwater.example","userName":"Jane Doe"},
                 "event":{"action":"Update","description":"Changed a project","outcome":"SuccessAction"}}"""
            .formatted(i, JANE)).collect(Collectors.joining(","));
        return "{\"pagination\":{\"page\":" + (from / 100 + 1) + ",\"pageSize\":" + count + ",\"total\":" + total
                + "},\"items\":[" + items + "]}";
    }

}

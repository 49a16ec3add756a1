package io.roster.mendix;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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

import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Backups API v2 client against a stub. Mendix publishes no OpenAPI description of this API; the stubs follow
 * the examples of its documentation page.
 */
class BackupsClientTests {

    static final String APP = "543857rf-dsdf-sfsd-12c5-e24a3224d32e";

    static final String ENV = "cd5fc610-edb0-43c5-a374-0439a6411ace";

    static final String SNAPSHOTS = "/deploy/api/v2/apps/" + APP + "/environments/" + ENV + "/snapshots";

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    TestClients clients;

    BackupsClient backups;

    @BeforeEach
    void clients() {
        clients = new TestClients(stub.baseUrl());
        backups = clients.factory().backups();
    }

    @Test
    void snapshotsAreListedWithTheApiKeyPageByPageUntilTheTotal() {
        stub.stubFor(get(urlEqualTo(SNAPSHOTS + "?offset=0&limit=100"))
            .withHeader("Mendix-Username", equalTo(TestClients.API_USERNAME))
            .withHeader("Mendix-ApiKey", equalTo(TestClients.API_KEY))
            .withHeader("Authorization", absent())
            .willReturn(json(200, snapshots(0, 100, 150))));
        stub.stubFor(get(urlEqualTo(SNAPSHOTS + "?offset=100&limit=100")).willReturn(json(200, snapshots(100, 50, 150))));

        assertThat(backups.snapshots(APP, ENV)).hasSize(150)
            .first()
            .isEqualTo(new Snapshot(snapshotId(0), Snapshot.State.COMPLETED, "Snapshot 0", "Completed backup creation",
                    Instant.parse("2021-05-05T18:38:41Z"), Instant.parse("2021-05-05T18:40:12Z")));
        assertThat(clients.exchanges.all()).hasSize(2);
        assertThat(clients.exchanges.last().requestHeaders()).containsEntry("Accept", "application/json");
    }

    @Test
    void aSnapshotIsCreatedWithTheLabelAsComment() {
        stub.stubFor(post(urlEqualTo(SNAPSHOTS)).withHeader("Content-Type", equalTo("application/json"))
            .withHeader("Mendix-ApiKey", equalTo(TestClients.API_KEY))
            .withRequestBody(equalToJson("{\"comment\":\"Roster offboarding 42\"}"))
            .willReturn(json(200, """
                    {"status_message":null,"model_version":null,"expires_at":"2020-05-18T16:00:18.000Z",
                     "finished_at":null,"updated_at":null,"snapshot_id":"51dc7872-771e-4c3e-853b-352359444db6",
                     "created_at":"2020-02-18T16:00:18.000Z","comment":"Roster offboarding 42","state":"queued"}""")));

        assertThat(backups.createSnapshot(APP, ENV, "Roster offboarding 42"))
            .isEqualTo(new Snapshot("51dc7872-771e-4c3e-853b-352359444db6", Snapshot.State.QUEUED,
                    "Roster offboarding 42", null, Instant.parse("2020-02-18T16:00:18Z"), null));
    }

    @Test
    void aSnapshotsStateIsRead() {
        stub.stubFor(get(urlEqualTo(SNAPSHOTS + "/51dc7872-771e-4c3e-853b-352359444db6")).willReturn(json(200, """
                {"status_message":"Completed backup creation","model_version":"1.0.0.7",
                 "expires_at":"2020-05-18T16:00:18.000Z","finished_at":"2020-02-18T16:00:19.000Z",
                 "updated_at":"2020-02-18T16:00:19.000Z","snapshot_id":"51dc7872-771e-4c3e-853b-352359444db6",
                 "created_at":"2020-02-18T16:00:18.000Z","comment":"Manually created snapshot","state":"completed"}""")));

        Snapshot snapshot = backups.snapshot(APP, ENV, "51dc7872-771e-4c3e-853b-352359444db6");

        assertThat(snapshot.state()).isEqualTo(Snapshot.State.COMPLETED);
        assertThat(snapshot.finishedAt()).isEqualTo(Instant.parse("2020-02-18T16:00:19Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown state | {"snapshot_id":"s1","state":"archived"} | unknown snapshot state 'archived'
            no state | {"snapshot_id":"s1"} | the required field 'state' is missing
            no id | {"state":"queued"} | the required field 'snapshot_id' is missing
            an unreadable date | {"snapshot_id":"s1","state":"queued","created_at":"18/02/2020"} | 'created_at' is not an ISO 8601 instant
            """)
    void aSnapshotRosterCannotReadIsABadResponse(String what, String body, String problem) {
        stub.stubFor(get(urlEqualTo(SNAPSHOTS + "/s1")).willReturn(json(200, body)));

        assertThatThrownBy(() -> backups.snapshot(APP, ENV, "s1")).isInstanceOf(MendixBadResponseException.class)
            .hasMessage("Backups API v2 get snapshot: unexpected answer (HTTP 200): " + problem);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            400 | {"errorCode":"NOT_SUPPORTED","errorMessage":"This endpoint can only be used with Mendix Cloud"} | MendixRefusedException | refused by the platform (HTTP 400): NOT_SUPPORTED: This endpoint can only be used with Mendix Cloud
            400 | {"errorCode":"ENVIRONMENT_BUSY","errorMessage":"Environment is busy, please try again later or contact Support for assistance."} | MendixRefusedException | refused by the platform (HTTP 400): ENVIRONMENT_BUSY: Environment is busy
            400 | {"errorCode":"INVALID_STATE","errorMessage":"Failed to create a backup. There is currently a maintenance action in progress."} | MendixRefusedException | (HTTP 400): INVALID_STATE: Failed to create a backup.
            400 | {"errorCode":"INVALID_PARAMETERS","errorMessage":"Not enough parameters given."} | MendixBadResponseException | unexpected answer (HTTP 400): INVALID_PARAMETERS: Not enough parameters given.
            403 | {"errorCode":"NO_ACCESS","errorMessage":"The user does not have access to the backups of this environment."} | MendixConfigurationException | credentials not accepted (HTTP 403): NO_ACCESS: The user does not have access to the backups of this environment.
            404 | {"errorCode":"ENVIRONMENT_NOT_FOUND","errorMessage":"Environment not found."} | MendixNotFoundException | not found (HTTP 404): ENVIRONMENT_NOT_FOUND: Environment not found.
            500 | {"errorCode":"SERVICE_UNAVAILABLE","errorMessage":"Operation failed. Please try again later or contact Support if the problem persists."} | MendixUnavailableException | unavailable (HTTP 500): SERVICE_UNAVAILABLE: Operation failed.
            """)
    void creatingASnapshotFailsAsTheDocumentationSays(int status, String body, String failure, String message)
            throws ClassNotFoundException {
        stub.stubFor(post(urlPathEqualTo(SNAPSHOTS)).willReturn(json(status, body)));

        assertThatThrownBy(() -> backups.createSnapshot(APP, ENV, "label"))
            .isExactlyInstanceOf(Class.forName("io.roster.mendix." + failure))
            .hasMessageStartingWith("Backups API v2 create snapshot: ")
            .hasMessageContaining(message);
    }

    private static String snapshots(int from, int count, int total) {
        String snapshots = IntStream.range(from, from + count).mapToObj(i -> """
                {"snapshot_id":"%s","model_version":"8.12.7.11687","comment":"Snapshot %d",
                 "expires_at":"2021-08-05T18:38:41.000Z","state":"completed","status_message":"Completed backup creation",
                 "created_at":"2021-05-05T18:38:41.000Z","finished_at":"2021-05-05T18:40:12.000Z",
                 "updated_at":"2021-05-05T18:40:12.000Z"}""".formatted(snapshotId(i), i))
            .collect(Collectors.joining(","));
        return "{\"limit\":100,\"offset\":" + from + ",\"total\":" + total + ",\"snapshots\":[" + snapshots + "]}";
    }

    static String snapshotId(int i) {
        return "%08d-f882-4925-830c-45e73c57366e".formatted(i);
    }

}

package io.roster.mendix;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The contract checker itself: it accepts what the descriptions allow and rejects what they do not. */
class OpenApiContractTests {

    private static final String UUID = "c5f3afba-cc28-4f56-b922-1e606807bed4";

    @Test
    void acceptsADeactivationAsPublished() {
        OpenApiContract contract = OpenApiContract.of(MendixApi.USER_DEACTIVATION).orElseThrow();
        assertThatCode(() -> contract.assertExchange("PATCH",
                URI.create("https://users-status-api.home.mendix.com/v1/platform-users/" + UUID),
                Map.of("Authorization", "MxToken x", "Content-Type", "application/json"), "{\"active\":false}", 204,
                null, null))
            .doesNotThrowAnyException();
    }

    @Test
    void rejectsAnIdentifierLookupWithoutItsBody() {
        OpenApiContract contract = OpenApiContract.of(MendixApi.USER_IDENTIFIERS).orElseThrow();
        assertThatThrownBy(() -> contract.assertExchange("POST", URI.create("/v1/uuids"),
                Map.of("Authorization", "MxToken x", "Content-Type", "application/json"), "{\"emails\":[]}", 200,
                "application/json", "{\"identifiers\":[]}"))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("does not match");
    }

    @Test
    void rejectsAResponseWithTheWrongShape() {
        OpenApiContract contract = OpenApiContract.of(MendixApi.PROJECTS).orElseThrow();
        assertThatThrownBy(() -> contract.assertExchange("GET", URI.create("/v2/projects/" + UUID + "/members?limit=100&offset=0"),
                Map.of("Authorization", "MxToken x"), null, 200, "application/json",
                "{\"page\":{\"totalElements\":\"many\"},\"items\":{}}"))
            .isInstanceOf(AssertionError.class);
    }

    @Test
    void checksTheTypesOfTheOpenApi31DescriptionsToo() {
        OpenApiContract contract = OpenApiContract.of(MendixApi.AUDIT_LOGGING).orElseThrow();
        assertThatThrownBy(() -> contract.assertExchange("GET", URI.create("/v1/logs?page=1"),
                Map.of("Authorization", "MxToken x"), null, 200, "application/json", "{\"items\":\"not an array\"}"))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("[Path '/items'] Instance type (string) does not match");
    }

    @Test
    void knowsNoDescriptionOfTheBackupsApi() {
        org.assertj.core.api.Assertions.assertThat(OpenApiContract.of(MendixApi.BACKUPS)).isEmpty();
    }

}

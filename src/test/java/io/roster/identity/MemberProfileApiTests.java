package io.roster.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roster.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A manager reads a member's profile over HTTP; Roster asks the sandbox platform through its real clients. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MemberProfileApiTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theProfileListsTheAppsWithRoleAndTechnicalContact_andSaysNoExportWasImported() throws Exception {
        jdbc.update("DELETE FROM control_center_export"); // other tests in this context import exports
        HttpResponse<String> response = TestHttp.as(port, "mark", "demo")
            .get("/api/members/Sofia.Bakker@brightwater.example");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode profile = JSON.readTree(response.body());
        assertThat(profile.get("email").asText()).isEqualTo("sofia.bakker@brightwater.example");
        assertThat(profile.get("userId").asText()).isEqualTo("1a942ace-60d7-5ae0-be15-f25c45bdf36c");
        assertThat(profile.get("numberOfApps").asInt()).isEqualTo(5);
        JsonNode claims = null;
        for (JsonNode app : profile.get("apps")) {
            if (app.get("name").asText().equals("Claims Photo Upload")) {
                claims = app;
            }
        }
        assertThat(claims).isNotNull();
        assertThat(claims.get("role").asText()).isEqualTo("Scrum Master");
        assertThat(claims.get("technicalContact").asBoolean()).isTrue();
        assertThat(profile.at("/controlCenterExport/found").asBoolean()).isFalse();
        assertThat(profile.at("/controlCenterExport/note").asText()).contains("No Control Center members export");
    }

    @Test
    void anAddressNobodyKnowsIsA404() {
        HttpResponse<String> response = TestHttp.as(port, "paula", "demo")
            .get("/api/members/nobody@brightwater.example");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("urn:roster:problem:member-not-found");
    }

}

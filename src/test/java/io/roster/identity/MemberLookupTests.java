package io.roster.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.roster.TestHttp;
import io.roster.mendix.MendixPlatform;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Who is behind this OpenID?": Roster answers from what platform answers revealed (here the legacy API, through
 * Roster's own clients and the sandbox platform), and says so when it has not seen it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MemberLookupTests {

    private static final String SOFIA = "sofia.bakker@brightwater.example";

    @LocalServerPort
    int port;

    @Autowired
    MendixPlatform platform;

    @Test
    void anOpenIdSeenInAPlatformAnswerLeadsToTheEmail() {
        String openId = platform.openIdOf(SOFIA).orElseThrow();
        String userId = platform.findAccount(SOFIA).orElseThrow().userId();

        HttpResponse<String> byOpenId = paula().get("/api/members?openId=" + encode(openId));
        assertThat(byOpenId.statusCode()).isEqualTo(200);
        assertThat(byOpenId.body()).contains("\"email\":\"" + SOFIA + "\"").contains(userId);
        assertThat(paula().get("/api/members?userId=" + userId).body()).contains("\"email\":\"" + SOFIA + "\"");
    }

    @Test
    void anIdentifierRosterHasNotSeenIsA404ThatSaysSo() {
        HttpResponse<String> response = paula()
            .get("/api/members?openId=" + encode("https://mxid2.mendixcloud.com/mxid2/id?id=never-seen"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("urn:roster:problem:member-unknown");
    }

    @Test
    void exactlyOneIdentifierIsAsked() {
        assertThat(paula().get("/api/members").statusCode()).isEqualTo(400);
        assertThat(paula().get("/api/members?openId=a&email=b@c.d").statusCode()).isEqualTo(400);
    }

    @Test
    void hrDoesNotLookUpMembers() {
        assertThat(TestHttp.as(port, "helen", "demo").get("/api/members?email=" + SOFIA).statusCode())
            .isEqualTo(403);
    }

    private TestHttp paula() {
        return TestHttp.as(port, "paula", "demo");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}

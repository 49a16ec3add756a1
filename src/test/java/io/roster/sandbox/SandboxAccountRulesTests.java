package io.roster.sandbox;

import static io.roster.sandbox.Brightwater.*;
import static io.roster.sandbox.PlatformRequests.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Accounts: finding the company's members by e-mail (not other companies' people), deactivation (Mendix Admins only,
 * never oneself, twice is fine, the account stays visible as inactive), reactivation over the legacy API, and people
 * signing up.
 */
class SandboxAccountRulesTests {

    private static final String UUIDS = "/sandbox/user-identifiers/v1/uuids";

    private static final String LEGACY = "/sandbox/usermanagement/legacy-api/1/users";

    private final SandboxClient sandbox = SandboxServer.shared().client();

    private final SandboxClient.Caller service = sandbox.service();

    private long since;

    @BeforeEach
    void reset() {
        since = sandbox.reset();
    }

    @Test
    void externalUsersAndUnknownAddressesAreNotFoundButDeactivatedMembersAre() {
        JsonNode answer = service.post(UUIDS, lookup(SOFIA, JAN, NINA, GRETA, "SOFIA.BAKKER@BRIGHTWATER.EXAMPLE"))
            .json();
        assertThat(answer.get("identifiers")).extracting(identifier -> identifier.get("emailAddress").asText())
            .containsExactly(SOFIA, GRETA, "SOFIA.BAKKER@BRIGHTWATER.EXAMPLE");
        assertThat(answer.get("identifiers").get(0).get("uuid").asText()).isEqualTo(userId(SOFIA));
        assertThat(answer.at("/error/message").asText())
            .isEqualTo("No user(s) found with the following email address(es) within your company");
        assertThat(answer.at("/error/emailAddresses")).extracting(address -> address.get("emailAddress").asText())
            .containsExactly(JAN, NINA);
    }

    @Test
    void aLookupNeedsAddresses() {
        assertThat(service.post(UUIDS, "{\"emailAddresses\":[]}").json().get("errorCode").asText())
            .isEqualTo("INVALID_REQUEST");
        assertThat(service.post(UUIDS, "{}").status()).isEqualTo(400);
        assertThat(service.post(UUIDS, lookup("a".repeat(190) + "@example.com")).status()).isEqualTo(400);
        assertThat(service.post(UUIDS, "not json").status()).isEqualTo(400);
    }

    @Test
    void aMendixAdminDeactivatesAMemberAndTheAccountStaysVisibleAsInactive() {
        String path = "/sandbox/users-status/v1/platform-users/" + userId(SOFIA);
        assertThat(service.patch(path, "{\"active\":false}").status()).isEqualTo(204);
        assertThat(service.patch(path, "{\"active\":false}").status()).as("twice is fine").isEqualTo(204);

        assertThat(sandbox.member(SOFIA).get("active").asBoolean()).isFalse();
        JsonNode members = service.get("/sandbox/projects/v2/projects/" + appId(POLICY_ADMIN_PORTAL) + "/members")
            .json();
        assertThat(members.get("items")).filteredOn(item -> item.get("userId").asText().equals(userId(SOFIA)))
            .singleElement()
            .satisfies(item -> assertThat(item.get("isActive").asBoolean()).isFalse());
        JsonNode asMember = sandbox.pat(MARK_PAT)
            .get("/sandbox/projects/v2/projects/" + appId(CLAIMS_INTAKE) + "/members")
            .json();
        assertThat(asMember.get("items")).noneMatch(item -> !item.get("isActive").asBoolean());
        assertThat(service.post(UUIDS, lookup(SOFIA)).json().get("identifiers")).as("still a member of the company")
            .hasSize(1);
        assertThat(sandbox.journalSince(since))
            .filteredOn(entry -> entry.get("operation").asText().equals("user-deactivation-api"))
            .extracting(entry -> entry.get("users").get(0).asText() + " " + entry.get("status").asInt())
            .containsExactly(userId(SOFIA) + " 204", userId(SOFIA) + " 204");
    }

    @Test
    void nobodyDeactivatesThemselvesAndTheApiCannotReactivate() {
        SandboxClient.Exchange self = service.patch("/sandbox/users-status/v1/platform-users/" + userId(SERVICE),
                "{\"active\":false}");
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.json().at("/error/detail").asText()).contains("Member cannot (de)active himself");
        SandboxClient.Exchange reactivate = service.patch("/sandbox/users-status/v1/platform-users/" + userId(GRETA),
                "{\"active\":true}");
        assertThat(reactivate.status()).isEqualTo(400);
        assertThat(sandbox.member(GRETA).get("active").asBoolean()).isFalse();
    }

    @Test
    void peopleOfOtherCompaniesAndUnknownOrMalformedIdsCannotBeDeactivated() {
        assertThat(service.patch("/sandbox/users-status/v1/platform-users/" + userId(JAN), "{\"active\":false}")
            .status()).isEqualTo(403);
        assertThat(service.patch("/sandbox/users-status/v1/platform-users/00000000-0000-4000-8000-000000000000",
                "{\"active\":false}").status()).isEqualTo(403);
        assertThat(service.patch("/sandbox/users-status/v1/platform-users/sofia", "{\"active\":false}").status())
            .isEqualTo(400);
        assertThat(sandbox.member(JAN).get("active").asBoolean()).isTrue();
    }

    @Test
    void aDeactivatedMembersTokenStopsWorkingAtOnce() {
        assertThat(sandbox.pat(MARK_PAT).get("/sandbox/cloud/api/v4/apps").status()).isEqualTo(200);
        service.patch("/sandbox/users-status/v1/platform-users/" + userId(MARK), "{\"active\":false}");
        assertThat(sandbox.pat(MARK_PAT).get("/sandbox/cloud/api/v4/apps").status()).isEqualTo(403);
    }

    @Test
    void theLegacyApiFindsOpenIdsAndReactivates() {
        SandboxClient.Caller legacy = sandbox.serviceKey();
        String openId = legacy.get(LEGACY + "/by-email/" + encoded(GRETA)).json().get("openId").asText();
        assertThat(openId).isEqualTo(openId(GRETA)).startsWith("https://mxid2.mendixcloud.com/mxid2/id?id=");
        assertThat(openId).as("not derived from the UUID").doesNotContain(userId(GRETA));
        assertThat(legacy.get(LEGACY + "/by-email/" + encoded(JAN)).json().get("errorCode").asText())
            .isEqualTo("RESOURCE_NOT_FOUND");

        SandboxClient.Exchange reactivated = legacy.put(LEGACY + "/" + encoded(openId), "{\"activeStatus\":true}");
        assertThat(reactivated.status()).isEqualTo(200);
        assertThat(reactivated.body()).isEmpty();
        assertThat(sandbox.member(GRETA).get("active").asBoolean()).isTrue();
        assertThat(sandbox.pat(GRETA_PAT).get("/sandbox/cloud/api/v4/apps").status()).as("her token works again")
            .isEqualTo(200);

        assertThat(legacy.put(LEGACY + "/" + encoded(openId), "{\"activeStatus\":false}").status()).isEqualTo(200);
        assertThat(sandbox.member(GRETA).get("active").asBoolean()).isFalse();
        assertThat(legacy.put(LEGACY + "/" + encoded(openId), "{}").status()).as("activeStatus defaults to true")
            .isEqualTo(200);
        assertThat(sandbox.member(GRETA).get("active").asBoolean()).isTrue();
        assertThat(legacy.put(LEGACY + "/" + encoded(openId), "{\"activeStatus\":\"yes\"}").status()).isEqualTo(400);
        assertThat(legacy.put(LEGACY + "/" + encoded(openId(JAN)), "{\"activeStatus\":false}").status())
            .isEqualTo(404);
    }

    @Test
    void theLegacyApiListsTheCompanysUsersByOpenId() {
        SandboxClient.Caller legacy = sandbox.serviceKey();
        JsonNode all = legacy.get(LEGACY).json();
        assertThat(all.get("count").asInt()).isEqualTo(54);
        assertThat(all.get("users")).hasSize(54);
        JsonNode page = legacy.get(LEGACY + "?offset=50&limit=10").json();
        assertThat(page.get("count").asInt()).isEqualTo(54);
        assertThat(page.get("users")).hasSize(4);
        JsonNode search = legacy.get(LEGACY + "?search=bakker").json();
        assertThat(search.get("users")).extracting(user -> user.get("openId").asText())
            .containsExactlyInAnyOrder(openId(SOFIA), openId("tessa.bakker@brightwater.example"));
        assertThat(legacy.get(LEGACY + "?limit=-2").status()).isEqualTo(400);
    }

    @Test
    void aNewHireSigningUpBecomesFindable() {
        assertThat(service.post(UUIDS, lookup(NINA)).json().get("identifiers")).isEmpty();
        SandboxClient.Exchange signup = sandbox.admin().post("/sandbox/admin/signups",
                "{\"email\":\"" + NINA + "\",\"name\":\"Nina Novak\"}");
        assertThat(signup.status()).isEqualTo(201);
        assertThat(signup.json().get("accountId").asText()).isEqualTo(ACCOUNT_ID);
        assertThat(signup.json().get("external").asBoolean()).isFalse();
        assertThat(service.post(UUIDS, lookup(NINA)).json().at("/identifiers/0/uuid").asText())
            .isEqualTo(signup.json().get("userId").asText());
        assertThat(sandbox.admin().post("/sandbox/admin/signups", "{\"email\":\"" + NINA + "\",\"name\":\"Nina\"}")
            .status()).isEqualTo(409);
        assertThat(sandbox.admin().post("/sandbox/admin/signups", "{\"email\":\"nobody\",\"name\":\"X\"}").status())
            .isEqualTo(400);

        JsonNode stranger = sandbox.admin()
            .post("/sandbox/admin/signups", "{\"email\":\"sam@elsewhere.example\",\"name\":\"Sam\"}")
            .json();
        assertThat(stranger.get("external").asBoolean()).as("another domain, another company").isTrue();
    }

}

package io.roster.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fixture company's people, apps and credentials that tests refer to (see docs/sandbox.md for the personas), and
 * their ids, read from the fixture file itself.
 */
final class Brightwater {

    private static final JsonNode FIXTURE = read();

    static final String ACCOUNT_ID = "445174de-9eb5-5e43-baef-5924d9f6484d";

    // credentials
    static final String SERVICE = "roster-service@brightwater.example";

    static final String SERVICE_PAT = "demo-sandbox-pat";

    static final String SERVICE_API_KEY = "demo-sandbox-api-key";

    /** A manager and app member, not a Mendix Admin, with a token and an API key. */
    static final String MARK = "mark.meyer@brightwater.example";

    static final String MARK_PAT = "demo-member-pat";

    static final String MARK_API_KEY = "demo-member-api-key";

    /** A Mendix Admin whose token has read scopes only. */
    static final String PETE = "pete.price@brightwater.example";

    static final String READ_ONLY_PAT = "demo-readonly-pat";

    // personas
    static final String SOFIA = "sofia.bakker@brightwater.example";

    static final String TOM = "tom.hendriks@brightwater.example";

    static final String RAVI = "ravi.patel@brightwater.example";

    static final String JAN = "jan.devries@northwind-consulting.example";

    /** Deactivated; her old token and key no longer work. */
    static final String GRETA = "greta.schmidt@brightwater.example";

    static final String GRETA_PAT = "demo-deactivated-pat";

    static final String GRETA_API_KEY = "demo-deactivated-api-key";

    static final String EMMA = "emma.jansen@brightwater.example";

    static final String NOAH = "noah.visser@brightwater.example";

    static final String LUCAS = "lucas.smit@brightwater.example";

    static final String OLIVER = "oliver.olsen@brightwater.example";

    static final String PAULA = "paula.perez@brightwater.example";

    static final String ANA = "ana.silva@bluefin-digital.example";

    static final String LI_WEI = "li.wei@bluefin-digital.example";

    /** Has no account until she signs up. */
    static final String NINA = "nina.novak@brightwater.example";

    // apps
    static final String POLICY_ADMIN_PORTAL = "Policy Admin Portal";

    static final String CLAIMS_INTAKE = "Claims Intake";

    static final String BROKER_PORTAL = "Broker Portal";

    static final String CLAIMS_PHOTO_UPLOAD = "Claims Photo Upload";

    static final String BROKER_PORTAL_PROTOTYPE = "Broker Portal Prototype";

    static final String FLEET_INSPECTION = "Fleet Inspection";

    static final String SOFIA_TRAINING = "Rapid Developer Training - Sofia Bakker";

    static final String UNDERWRITING_RULES_ENGINE = "Underwriting Rules Engine";

    static final String LEGACY_MOTOR_QUOTES = "Legacy Motor Quotes";

    // roles
    static final String SCRUM_MASTER = "Scrum Master";

    static final String DEVELOPER = "Developer";

    private Brightwater() {
    }

    static String userId(String email) {
        return find("members", "email", email).get("userId").asText();
    }

    static String openId(String email) {
        return Member.OPENID_PREFIX + find("members", "email", email).get("openIdKey").asText();
    }

    static String appId(String name) {
        return find("apps", "name", name).get("appId").asText();
    }

    static String roleId(String name) {
        return find("roles", "name", name).get("roleId").asText();
    }

    static String environmentId(String appName, String environmentName) {
        return StreamSupport.stream(find("apps", "name", appName).get("environments").spliterator(), false)
            .filter(environment -> environment.get("name").asText().equals(environmentName))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(appName + " has no environment " + environmentName))
            .get("environmentId")
            .asText();
    }

    private static JsonNode find(String list, String field, String value) {
        return StreamSupport.stream(FIXTURE.get(list).spliterator(), false)
            .filter(item -> item.get(field).asText().equalsIgnoreCase(value))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("the fixture has no " + list + " " + value));
    }

    private static JsonNode read() {
        try (InputStream input = Brightwater.class.getResourceAsStream("/sandbox/brightwater.json")) {
            return new ObjectMapper().readTree(input);
        }
        catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

}

package io.roster.sandbox;

import static io.roster.sandbox.Brightwater.appId;
import static io.roster.sandbox.Brightwater.environmentId;
import static io.roster.sandbox.Brightwater.roleId;
import static io.roster.sandbox.Brightwater.userId;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Request bodies and paths the tests send to the platform APIs, written once. */
final class PlatformRequests {

    private PlatformRequests() {
    }

    /** User Identifiers: {@code {"emailAddresses":[{"emailAddress":…},…]}}. */
    static String lookup(String... emails) {
        StringBuilder json = new StringBuilder("{\"emailAddresses\":[");
        for (int i = 0; i < emails.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"emailAddress\":\"").append(emails[i]).append("\"}");
        }
        return json.append("]}").toString();
    }

    /** Projects: a new team member of the fixture with a role of the fixture. */
    static String newMember(String email, String role) {
        return "{\"memberId\":\"" + userId(email) + "\",\"roleId\":\"" + roleId(role) + "\"}";
    }

    /** Deploy v4: the new Technical Contact. */
    static String technicalContact(String email) {
        return "{\"technicalContact\":{\"userId\":\"" + email + "\"}}";
    }

    /** Backups: the snapshots of an environment of a fixture app. */
    static String snapshots(String app, String environment) {
        return "/sandbox/deploy/api/v2/apps/" + appId(app) + "/environments/" + environmentId(app, environment)
                + "/snapshots";
    }

    /** A path segment as clients send e-mails and OpenIDs (slashes too). */
    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}

package io.roster.sandbox;

import java.time.Instant;
import java.util.Map;

/**
 * An app (the Projects API calls it a project; its id is the Deploy v4 appId too). Only apps in the public Mendix cloud
 * have a Technical Contact and environments the Deploy and Backups APIs serve.
 *
 * @param technicalContact userId; stays when the person leaves the team (Deploy v4 then shows them as inactive)
 * @param categories category id to the code of the assigned value, e.g. Purpose = TRN (Training)
 * @param failingSnapshots whether snapshots of this app's environments fail (set over the admin API)
 */
record App(String appId, String name, String description, Cloud cloud, License license, String subdomain,
        String region, Instant createdOn, String createdBy, String studioProVersion, boolean active,
        String technicalContact, Map<String, String> categories, boolean failingSnapshots) {

    enum Cloud {

        MENDIX, PRIVATE_CLOUD

    }

    enum License {

        FREE, LICENSED

    }

    boolean inMendixCloud() {
        return cloud == Cloud.MENDIX;
    }

    boolean licensed() {
        return license == License.LICENSED;
    }

    App withTechnicalContact(String userId) {
        return new App(appId, name, description, cloud, license, subdomain, region, createdOn, createdBy,
                studioProVersion, active, userId, categories, failingSnapshots);
    }

    App withFailingSnapshots(boolean failing) {
        return new App(appId, name, description, cloud, license, subdomain, region, createdOn, createdBy,
                studioProVersion, active, technicalContact, categories, failing);
    }

}

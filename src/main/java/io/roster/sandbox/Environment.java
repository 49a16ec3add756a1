package io.roster.sandbox;

import java.time.Instant;

/**
 * A Mendix Cloud environment of an app. A deployed environment runs a package with a model version, which snapshots
 * record; a {@code notdeployed} one has none.
 */
record Environment(String environmentId, String appId, String name, boolean production, String state, String url,
        String planName, String dbVersion, String modelVersion, String runtimeVersion, Instant deployedOn) {

    boolean deployed() {
        return modelVersion != null;
    }

}

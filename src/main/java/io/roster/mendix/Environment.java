package io.roster.mendix;

/** A Mendix Cloud environment of an app (Deploy API v4). */
public record Environment(String environmentId, String appId, String name, boolean production, String state) {
}

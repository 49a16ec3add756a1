package io.roster.sandbox;

import java.util.Set;

/**
 * What a member authenticates with: a personal access token with the scopes chosen when it was created, and an API
 * key (used with the member's e-mail as {@code Mendix-Username}). Either may be absent.
 */
record Credential(String userId, String pat, Set<String> scopes, String apiKey) {
}

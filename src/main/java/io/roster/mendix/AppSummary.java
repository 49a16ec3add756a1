package io.roster.mendix;

/** An app in the company's list of apps (Projects API {@code GET /accounts/{id}/projects}). */
public record AppSummary(String appId, String name, boolean active, String createdOn) {
}

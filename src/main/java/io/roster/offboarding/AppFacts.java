package io.roster.offboarding;

import io.roster.mendix.App;

/**
 * What the inventory found about one of the leaver's apps: everything the disposition table decides on.
 *
 * @param licenseType {@code FREE}, {@code LICENSED}, or null when Mendix Cloud does not know the app
 * @param onlyScrumMaster the leaver is its only active Scrum Master while others remain
 * @param training the app is tagged as a training app
 * @param leaverRoleId the leaver's project role, which a successor joining the team gets too
 */
public record AppFacts(String appId, String appName, App.Cloud cloud, String licenseType, boolean technicalContact,
        boolean scrumMaster, boolean onlyScrumMaster, int otherActiveMembers, boolean training,
        String leaverRoleId) {

    /** One line for the reviewer, e.g. "Mendix Cloud, free, Technical Contact, 2 other members". */
    public String summary() {
        StringBuilder summary = new StringBuilder(switch (cloud) {
            case MENDIX -> "Mendix Cloud";
            case PRIVATE_CLOUD -> "Private Cloud";
            case SAP -> "SAP BTP";
            case STACKIT -> "STACKIT";
            case UNKNOWN -> "unknown cloud";
        });
        if (licenseType != null) {
            summary.append(", ").append(licenseType.toLowerCase());
        }
        if (training) {
            summary.append(", training app");
        }
        if (technicalContact) {
            summary.append(", Technical Contact");
        }
        if (onlyScrumMaster) {
            summary.append(", only Scrum Master");
        }
        else if (scrumMaster) {
            summary.append(", Scrum Master");
        }
        summary.append(", ").append(otherActiveMembers).append(otherActiveMembers == 1 ? " other member" : " other members");
        return summary.toString();
    }

}

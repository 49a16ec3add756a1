package io.roster.mendix;

import java.util.List;

/** An app (project) with its team, as the Projects API describes it. */
public record App(String appId, String name, boolean active, Cloud cloud, String accountId, Member technicalContact,
        List<Member> members, List<Category> categories) {

    /** Where the app runs; Technical Contact changes and deletions only work in the public Mendix cloud. */
    public enum Cloud {

        MENDIX, SAP, STACKIT, PRIVATE_CLOUD, UNKNOWN

    }

    /** A team member; {@code accountId} differs from the app's for external members. */
    public record Member(String userId, String fullName, boolean active, String accountId, String roleId,
            String roleName) {
    }

    /** A company category of the app (e.g. "Purpose" = "Training") with its assigned values. */
    public record Category(String name, List<String> values) {
    }

}

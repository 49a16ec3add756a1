package io.roster.sandbox;

/** A member of an app's team with their project role; the pin and watch flags are the member's own. */
record TeamMember(String userId, String roleId, boolean pinned, boolean watching) {

    TeamMember withRole(String newRoleId) {
        return new TeamMember(userId, newRoleId, pinned, watching);
    }

    TeamMember withPinned(boolean newPinned) {
        return new TeamMember(userId, roleId, newPinned, watching);
    }

    TeamMember withWatching(boolean newWatching) {
        return new TeamMember(userId, roleId, pinned, newWatching);
    }

}

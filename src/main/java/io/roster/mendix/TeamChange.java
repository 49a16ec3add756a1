package io.roster.mendix;

/** What adding a team member did. */
public enum TeamChange {

    /** The member is in the team now (201). */
    ADDED,
    /** The platform sent an invitation the member must accept first (202). */
    INVITED,
    /** The member was in the team already; nothing was sent. */
    ALREADY_MEMBER

}

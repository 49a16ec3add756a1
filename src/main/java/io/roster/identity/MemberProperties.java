package io.roster.identity;

import java.util.Optional;

/**
 * What the latest imported Control Center members export says about a member: the properties no Mendix API
 * returns (certification, sign-up date, job title, country ...). Empty until an export was imported.
 */
public interface MemberProperties {

    /** The member's row in the latest export, by e-mail (any case). */
    Optional<ControlCenterMember> byEmail(String email);

    /** Whether any export was imported at all (else a member missing from it tells nothing). */
    boolean anyImported();

}

/**
 * The identity map: email, Mendix user UUID, legacy OpenID and corporate-directory id of each person Roster has
 * seen, because the Mendix APIs each use a different one and none maps UUID or OpenID back to an e-mail.
 */
package io.roster.identity;

/**
 * The corporate directory (Active Directory or another LDAP server) as the access review needs it: who exists, by
 * e-mail, and whether their account is enabled. Read only; Roster never writes to the directory.
 */
package io.roster.directory;

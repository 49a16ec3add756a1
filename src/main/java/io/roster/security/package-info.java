/**
 * Who may do what. Every request needs a login except the health probe and the login pages; logins are checked
 * against the Camunda identity service and roles are its groups, so the LDAP identity plugin changes nothing here.
 */
package io.roster.security;

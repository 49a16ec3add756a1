/**
 * Technical-contact changes on request: a manager or platform admin asks, a platform admin approves, Roster adds the
 * successor to the team if needed and makes them the app's Technical Contact, with evidence.
 */
package io.roster.technicalcontact;

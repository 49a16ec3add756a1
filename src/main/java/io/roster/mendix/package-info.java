/**
 * The Mendix platform as Roster needs it: the {@link io.roster.mendix.MendixPlatform} port in domain words, and one
 * small HTTP client per Mendix API behind it (User Identifiers, User Deactivation, Projects v2, Deploy v4, Backups v2,
 * Audit Logging, the legacy User Management API), each with its own base URL, authentication, error decoding and
 * shared rate budget. Knows nothing of the engine.
 */
package io.roster.mendix;

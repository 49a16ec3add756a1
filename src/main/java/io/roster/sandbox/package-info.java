/**
 * The sandbox platform: a local, stateful imitation of the Mendix platform APIs (User Identifiers, User Deactivation,
 * Projects v2, Deploy v4, Backups v2, Audit Logging, the legacy User Management API) with a fictional company, so
 * Roster can be tried without a Mendix company and tests can assert what "the platform" saw. Speaks HTTP and JSON
 * only and shares no code with {@code io.roster.mendix}, so it stays an independent imitation.
 * <p>
 * Map: {@code *Api} classes are the endpoints, {@code *Errors} each API's error shapes; {@link
 * io.roster.sandbox.Accounts}, {@link io.roster.sandbox.Teams}, {@link io.roster.sandbox.Apps} and {@link
 * io.roster.sandbox.Backups} hold the platform's rules; {@link io.roster.sandbox.PlatformStore} the state; {@link
 * io.roster.sandbox.PlatformEdgeFilter}, {@link io.roster.sandbox.Journal} and {@link io.roster.sandbox.Faults} what
 * happens to every call. See {@code docs/sandbox.md}.
 */
package io.roster.sandbox;

/**
 * The evidence log: for every case (offboarding, onboarding, ...) an append-only, hash-chained record of each step,
 * who did it, when, and what the platform answered. Kept in Roster's own tables with a retention of its own, not
 * tied to Camunda's history cleanup; exportable as JSON and CSV with a check that the chain is intact.
 */
package io.roster.evidence;

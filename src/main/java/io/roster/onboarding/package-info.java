/**
 * Onboarding of new Mendix platform members: HR's request, the wait for the new hire's own sign-up (Mendix has no
 * API to create accounts), the plan decided by {@code onboarding-plan.dmn}, app teams and environment permissions,
 * internal steps as tasks, and undoing what Roster granted when the onboarding is cancelled.
 */
package io.roster.onboarding;

/**
 * Offboarding: HR's REST API, the {@code offboarding} process (access denied on time, apps handed over, evidence),
 * its delegates, and the case and plan tables behind it.
 */
package io.roster.offboarding;

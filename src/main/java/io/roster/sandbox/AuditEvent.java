package io.roster.sandbox;

import java.time.Instant;

/**
 * One entry of the platform audit log: who (the client) did what (action, outcome, old and new value) to which
 * resource in which context. The Audit Logging API nests these fields; they are flat here to filter on.
 *
 * @param externalService where the action happened as the customer sees it (Control Center, Mendix Portal,
 * Deployment)
 * @param internalService the platform service that logged it (e.g. Backups)
 */
record AuditEvent(String logId, Instant timestamp, String externalService, String internalService, String userUuid,
        String userEmail, String userName, String ipAddress, String originType, String action, String description,
        String outcome, String oldValue, String newValue, String resourceId, String resourceType,
        String resourceName, String contextId, String contextType, String contextName) {
}

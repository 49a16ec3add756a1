package io.roster.audit;

import java.time.Instant;
import java.util.List;

/** The member inventory of one moment, and the backup access of every Mendix Cloud environment. */
public record Inventory(Instant builtAt, List<InventoryMember> members, List<BackupAccess> backupAccess) {
}

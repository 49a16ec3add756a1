package io.roster.audit;

import java.util.List;

/**
 * What reading a Control Center export found besides the members: columns Roster does not know (ignored, not
 * guessed), columns it expected but did not find (those fields have no source), and rows or cells it could not read.
 *
 * @param warnings at most {@link ControlCenterExportReader#MAX_WARNINGS}; {@code warningCount} has them all
 */
public record ExportReading(int members, List<String> sheets, List<String> unknownColumns,
        List<String> missingColumns, List<String> warnings, int warningCount) {
}

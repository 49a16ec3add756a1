package io.roster.audit;

/**
 * Something an access review found about one member.
 *
 * @param detail a sentence for the person reading the review
 */
public record Finding(Kind kind, String email, String userId, String name, String directoryId, String detail) {

    public enum Kind {

        /** Live Mendix account, the directory account is disabled: a leaver. */
        ORPHAN_DISABLED_IN_DIRECTORY,

        /** Live Mendix account, no directory account with this e-mail: a leaver, or a wrong address. */
        ORPHAN_MISSING_IN_DIRECTORY,

        /** Live account without activity for longer than the review's limit. */
        INACTIVE,

        /** A member of another company (partner, consultant). */
        EXTERNAL,

        /** May manage backups or use the API of a Mendix Cloud environment. */
        BACKUP_ACCESS,

        /** Live internal account whose e-mail no source knows, so the directory cannot be asked. */
        EMAIL_UNKNOWN;

        public boolean orphan() {
            return this == ORPHAN_DISABLED_IN_DIRECTORY || this == ORPHAN_MISSING_IN_DIRECTORY;
        }

    }

}

package io.roster.directory;

/**
 * One person's account in the corporate directory.
 *
 * @param directoryId the entry's stable id in the directory (e.g. {@code sAMAccountName}), for the identity map
 * @param email lower case; never null (entries without an address are skipped: they cannot be matched)
 * @param enabled false when the directory says the account is disabled
 */
public record DirectoryPerson(String directoryId, String email, String displayName, boolean enabled) {
}

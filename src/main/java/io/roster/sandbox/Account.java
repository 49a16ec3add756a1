package io.roster.sandbox;

/**
 * A company on the platform. Every member belongs to exactly one; a company owns e-mail domains, so whoever signs up
 * with an address in the domain joins it.
 */
record Account(String accountId, String name, String emailDomain) {
}

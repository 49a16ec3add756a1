package io.roster.mendix;

/** A platform account of our company: its e-mail address (lower case) and platform user UUID. */
public record MendixAccount(String email, String userId) {
}

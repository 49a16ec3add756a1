package io.roster.onboarding;

/** A profile picture as HR sent it: a PNG or JPEG, checked by its content, not only by what the client said. */
record Picture(String contentType, byte[] content) {
}

package io.roster.sandbox;

/** One offending parameter of a request, as the Projects and Deploy APIs list them ({@code invalid-params}). */
record InvalidParam(String name, String reason) {
}

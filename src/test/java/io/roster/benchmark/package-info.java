/**
 * Benchmarks ({@code ./mvnw -Pbenchmark verify}): each measures Roster beside a baseline taken in the same run, on
 * this machine, and writes its figures to {@code target/benchmarks}. Not part of the test suite.
 */
package io.roster.benchmark;

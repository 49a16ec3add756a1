package io.roster.sandbox;

import java.util.List;

/**
 * One page of a list: the items from {@code offset}, at most {@code limit} of them, and how many there are in all.
 * Each API words its pagination differently; this is what they share.
 */
record Page<T>(List<T> items, int offset, int limit, int total) {

    /** Where a page starts and how long it may be, once an API has checked what the client asked for. */
    record Window(int offset, int limit) {

        <T> Page<T> of(List<T> all) {
            int from = Math.min(offset, all.size());
            int to = (int) Math.min((long) from + limit, all.size());
            return new Page<>(List.copyOf(all.subList(from, to)), offset, limit, all.size());
        }

    }

}

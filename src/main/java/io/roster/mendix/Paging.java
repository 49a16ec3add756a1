package io.roster.mendix;

import java.util.ArrayList;
import java.util.List;

/**
 * Follows a paged list of the platform to its end. Each API says differently where the end is; all of them end at an
 * empty page, and none may go on for ever: a server that keeps sending pages is a bad response, not a hang.
 */
final class Paging {

    /** Far beyond any real company: 100,000 apps at 100 a page. */
    static final int MAX_PAGES = 1000;

    private Paging() {
    }

    /** One page of a list and whether the API says it is the last. */
    record Page<T>(List<T> items, boolean last) {
    }

    /** Reads one page, given its zero-based index and the number of items read before it. */
    @FunctionalInterface
    interface PageReader<T> {

        Page<T> read(int index, int offset);

    }

    static <T> List<T> all(MendixApi api, String operation, PageReader<T> reader) {
        List<T> all = new ArrayList<>();
        for (int index = 0; index < MAX_PAGES; index++) {
            Page<T> page = reader.read(index, all.size());
            all.addAll(page.items());
            if (page.last() || page.items().isEmpty()) {
                return all;
            }
        }
        throw new MendixBadResponseException(api, operation, 0,
                "the list did not end after " + MAX_PAGES + " pages", null);
    }

}

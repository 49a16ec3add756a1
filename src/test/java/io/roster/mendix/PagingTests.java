package io.roster.mendix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import io.roster.mendix.Paging.Page;
import org.junit.jupiter.api.Test;

/** Following a list to its end, and not for ever. */
class PagingTests {

    @Test
    void pagesAreReadWithTheirIndexAndTheItemsBeforeThemUntilTheLastOne() {
        List<String> asked = new ArrayList<>();

        List<Integer> all = Paging.all(MendixApi.PROJECTS, "list", (index, offset) -> {
            asked.add(index + "@" + offset);
            return new Page<>(List.of(offset, offset + 1), index == 2);
        });

        assertThat(all).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(asked).containsExactly("0@0", "1@2", "2@4");
    }

    @Test
    void anEmptyPageEndsTheListWhateverThePlatformSaysOfIt() {
        assertThat(Paging.all(MendixApi.PROJECTS, "list", (index, offset) -> new Page<>(List.of(), false))).isEmpty();
    }

    @Test
    void aListThatNeverEndsIsABadResponse() {
        List<Integer> asked = new ArrayList<>();

        assertThatThrownBy(() -> Paging.all(MendixApi.PROJECTS, "list a user's apps", (index, offset) -> {
            asked.add(index);
            return new Page<>(List.of("same"), false);
        })).isInstanceOf(MendixBadResponseException.class)
            .hasMessage("Projects API v2 list a user's apps: unexpected answer: the list did not end after 1000 pages");
        assertThat(asked).hasSize(Paging.MAX_PAGES);
    }

}

package io.roster.directory;

import java.util.function.Consumer;

/**
 * The company's directory of people. An access review reads it whole, once, so the port hands the entries over one by
 * one instead of building a list (50,000 people need not be in memory twice).
 */
public interface CorporateDirectory {

    /** Calls {@code each} once for every person with an e-mail address, enabled or not. */
    void forEachPerson(Consumer<DirectoryPerson> each);

}

package org.mo4j.surrogates.map;

/** Which {@link FrontSearch} MAP uses. */
final class FrontSearches {

    private FrontSearches() {}

    static FrontSearch defaultSearch() {
        return new Nsga3FrontSearch();
    }
}

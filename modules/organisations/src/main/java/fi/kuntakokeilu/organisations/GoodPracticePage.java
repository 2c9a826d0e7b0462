package fi.kuntakokeilu.organisations;

import java.util.List;

/** One page of a search, newest practice first, with the number of all matches. */
public record GoodPracticePage(List<GoodPracticeSummary> items, int page, int size, long total) {

    public GoodPracticePage {
        items = List.copyOf(items);
    }
}

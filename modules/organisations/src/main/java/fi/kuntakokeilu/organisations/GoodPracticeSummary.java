package fi.kuntakokeilu.organisations;

import java.time.Instant;
import java.util.List;

/** A practice in a search result: enough to choose which to open. */
public record GoodPracticeSummary(
        long id,
        String areaKey,
        String title,
        String targetGroup,
        List<String> tags,
        String language,
        Instant publishedAt,
        long adoptions) {

    public GoodPracticeSummary {
        tags = List.copyOf(tags);
    }
}

package fi.kuntakokeilu.organisations;

import java.time.Instant;
import java.util.List;

/** A published good practice with the areas that took it up. */
public record GoodPracticeView(
        long id,
        String areaKey,
        String areaNameFi,
        String areaNameSv,
        String title,
        String description,
        String targetGroup,
        String servicesUsed,
        String results,
        String contactName,
        String contactEmail,
        List<String> tags,
        String language,
        Instant publishedAt,
        Instant updatedAt,
        long version,
        List<AdoptionView> adoptions) {

    public GoodPracticeView {
        tags = List.copyOf(tags);
        adoptions = List.copyOf(adoptions);
    }
}

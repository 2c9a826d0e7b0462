package fi.kuntakokeilu.organisations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The good-practice library: trial areas publish what worked, staff of every area search and read
 * it, and the ministry sees which practices spread to other areas (domain brief, "Context from the
 * EU Social Fund seeds"). Everyone signed in may search and read; an area manager publishes,
 * changes and withdraws their own areas' practices and records that their area took another area's
 * practice up; administrators may do all of it for any area. Every change is audited.
 */
public interface GoodPractices {

    /**
     * Practices whose title, description or tags contain {@code q} (case-insensitive, any part of a
     * word), optionally with a tag, from an area or in a language; newest first.
     *
     * @param page from 0
     * @param size 1 to 100
     */
    GoodPracticePage search(String q, String tag, String areaKey, String language, int page, int size);

    /** @throws fi.kuntakokeilu.platform.problem.ResourceNotFoundException when there is none */
    GoodPracticeView practice(long id);

    GoodPracticeView publish(@NotNull @Valid GoodPracticeRequest request);

    /** @throws fi.kuntakokeilu.platform.problem.ConflictException when the version is stale (409) */
    GoodPracticeView update(long id, @NotNull @Valid GoodPracticeRequest request);

    /** Withdraws a practice (and its adoptions); 409 when the version is stale. */
    void withdraw(long id, Long version);

    /** Records that an area took the practice up; once per area, never the publishing area. */
    GoodPracticeView adopt(long id, @NotNull @Valid AdoptionRequest request);

    /** Every practice with the areas that took it up, most widely adopted first. */
    List<PracticeSpread> spread();
}

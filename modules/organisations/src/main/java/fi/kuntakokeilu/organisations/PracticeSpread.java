package fi.kuntakokeilu.organisations;

import java.util.List;

/**
 * How far a practice has spread: the area that published it and every other area that took it
 * up. These are counts of public bodies, not of people, so no small-cell suppression applies.
 */
public record PracticeSpread(long id, String title, String areaKey, long adoptions, List<String> adoptedBy) {

    public PracticeSpread {
        adoptedBy = List.copyOf(adoptedBy);
    }
}

package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.Criterion;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The target-group rule's answer for one person on one day: which rule version decided, whether the
 * person belongs to the group, the trial area of their home municipality that day (whether or not
 * they belong), every criterion that matched, and the exclusion item that excluded them, if any.
 * Stored with every transfer and order, so a decision can be replayed and explained.
 *
 * @param ruleVersion null before the first rule version took effect (no trial yet)
 */
public record Decision(
        Integer ruleVersion,
        LocalDate day,
        boolean inTargetGroup,
        String area,
        Set<Criterion> matched,
        Integer excludedBy) {

    public Decision {
        matched = matched.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(matched));
    }

    public static Decision noRule(LocalDate day, String area) {
        return new Decision(null, day, false, area, Set.of(), null);
    }

    public boolean isExcluded() {
        return excludedBy != null;
    }

    /** The criteria in the enum's order, as stored: {@code QUALIFYING_STATUS,UNDER_AGE_LIMIT}. */
    public String criteriaText() {
        return criteriaText(matched);
    }

    public static String criteriaText(java.util.Collection<Criterion> criteria) {
        return criteria.isEmpty()
                ? null
                : EnumSet.copyOf(criteria).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static List<Criterion> parseCriteria(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split(","))
                .map(Criterion::valueOf)
                .sorted()
                .toList();
    }
}

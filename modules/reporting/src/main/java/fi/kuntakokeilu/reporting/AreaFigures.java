package fi.kuntakokeilu.reporting;

import fi.kuntakokeilu.evaluation.Subgroup;
import java.util.List;
import java.util.Locale;

/**
 * One column of the monthly status report: a trial area, or all trial areas together, with its
 * figures for all job seekers and for each target subgroup.
 *
 * @param areaKey the trial area's key, or {@code null} for all trial areas together
 * @param nameFi the Finnish name
 * @param nameSv the Swedish name, or {@code null} when none is known
 * @param subgroups all job seekers first, then the target subgroups
 */
public record AreaFigures(String areaKey, String nameFi, String nameSv, List<SubgroupFigures> subgroups) {

    public AreaFigures {
        subgroups = List.copyOf(subgroups);
    }

    /** The figures of one subgroup. */
    public SubgroupFigures subgroup(Subgroup subgroup) {
        return subgroups.stream()
                .filter(figures -> figures.subgroup() == subgroup)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no subgroup " + subgroup));
    }

    /** The name in Swedish when asked for and known, else in Finnish. */
    public String name(Locale language) {
        return "sv".equals(language.getLanguage()) && nameSv != null ? nameSv : nameFi;
    }
}

package fi.kuntakokeilu.evaluation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * An evaluation design as data: who is treated from when, compared with whom, over which months,
 * on which outcomes (domain brief, "Evaluation"). Aggregates only: no person appears here.
 *
 * @param preFrom the first month of the pre-period
 * @param followUpTo the last month of the follow-up
 * @param outcomes indicator keys of the catalogue
 * @param treated the treated municipalities with their trial area and treatment start
 * @param comparison the comparison municipalities' codes
 * @param assigned customers assigned to the treated and the comparison arm (intention to treat)
 * @param movers assigned customers who later lived in a municipality of another arm or outside
 */
public record DesignView(
        long id,
        String key,
        String name,
        String description,
        YearMonth preFrom,
        YearMonth followUpTo,
        List<String> outcomes,
        List<TreatedUnit> treated,
        List<String> comparison,
        ArmCounts assigned,
        ArmCounts movers) {

    /** A treated municipality, its trial area and the day its treatment began. */
    public record TreatedUnit(String municipality, String areaKey, LocalDate treatedFrom) {}

    /** A number of customers per arm. */
    public record ArmCounts(long treated, long comparison) {}
}

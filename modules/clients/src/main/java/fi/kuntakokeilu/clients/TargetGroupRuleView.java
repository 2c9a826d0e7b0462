package fi.kuntakokeilu.clients;

import java.time.LocalDate;
import java.util.List;

/**
 * A version of the target-group rule as stored: the statute it implements, the days it applies and
 * the criteria the law names (domain brief, "Who is transferred"; Act 1269/2020 § 4). Reference
 * data, not personal data.
 *
 * @param validTo the last day (inclusive), or null while in force
 * @param qualifyingStatuses labour-market statuses that bring a job seeker into the target group
 * @param disqualifyingBenefits benefits that keep them out unless another criterion applies
 * @param domesticLanguages mother tongues (ISO 639-3) that do not count as a foreign language
 */
public record TargetGroupRuleView(
        int version,
        LocalDate validFrom,
        LocalDate validTo,
        String legalBasis,
        int ageLimit,
        List<LabourMarketStatus> qualifyingStatuses,
        List<UnemploymentBenefit> disqualifyingBenefits,
        List<String> domesticLanguages,
        String description) {

    public TargetGroupRuleView {
        qualifyingStatuses = List.copyOf(qualifyingStatuses);
        disqualifyingBenefits = List.copyOf(disqualifyingBenefits);
        domesticLanguages = List.copyOf(domesticLanguages);
    }
}

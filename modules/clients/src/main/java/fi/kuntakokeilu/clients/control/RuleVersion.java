package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import java.time.LocalDate;
import java.util.Set;

/**
 * One version of the target-group rule, as stored in {@code cli_rule_version}: the statute it
 * implements and the parameters the law names. Version 1, from 1 March 2021, is Act 1269/2020 § 4:
 * age limit 30; unemployed, laid off, in service or in subsidised work; disqualified only by
 * earnings-related allowance; domestic languages Finnish, Swedish and the Sami languages.
 *
 * @param validTo the last day (inclusive), or null while in force
 */
public record RuleVersion(
        int version,
        LocalDate validFrom,
        LocalDate validTo,
        String legalBasis,
        int ageLimit,
        Set<LabourMarketStatus> qualifyingStatuses,
        Set<UnemploymentBenefit> disqualifyingBenefits,
        Set<String> domesticLanguages) {

    public RuleVersion {
        qualifyingStatuses = Set.copyOf(qualifyingStatuses);
        disqualifyingBenefits = Set.copyOf(disqualifyingBenefits);
        domesticLanguages = Set.copyOf(domesticLanguages);
    }

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}

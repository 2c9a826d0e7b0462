package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.Criterion;
import fi.kuntakokeilu.organisations.AreaMap;
import fi.kuntakokeilu.platform.identity.MunicipalityCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who belongs to the trial's target group on a day (Act 1269/2020 § 4; domain brief, "Who is
 * transferred"): a person whose home municipality (kotikunta) belongs to a trial area that day, who
 * is unemployed, laid off, in employment services or in subsidised work, and who
 *
 * <ol>
 *   <li>is not entitled to earnings-related unemployment allowance, or
 *   <li>is under 30 that day (age in whole years below the limit: on the thirtieth birthday the
 *       criterion no longer holds), or
 *   <li>is an immigrant or speaks a mother tongue other than Finnish, Swedish or Sami.
 * </ol>
 *
 * An exclusion criterion (PES Act ch. 5a § 2(1) items 1–3) in force keeps a person out whatever
 * else holds. The rule's parameters are data of a {@link RuleVersion}; the version in force on the
 * day decides, and the decision names it. Pure: no database, no clock, no container.
 */
public final class TargetGroupRules {

    private final List<RuleVersion> versions;
    private final RuleSettings settings;

    public TargetGroupRules(List<RuleVersion> versions, RuleSettings settings) {
        this.versions = versions.stream()
                .sorted(Comparator.comparing(RuleVersion::validFrom))
                .toList();
        this.settings = settings;
    }

    public RuleSettings settings() {
        return settings;
    }

    /** The rule version in force on a day, if any. */
    public Optional<RuleVersion> versionOn(LocalDate day) {
        RuleVersion found = null;
        for (RuleVersion version : versions) {
            if (version.coversDay(day)) {
                found = version;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Decides with the version in force on the day. */
    public Decision decide(JobSeekerFacts facts, LocalDate day, AreaMap areas) {
        String area =
                areas.areaOf(MunicipalityCode.of(facts.homeMunicipality()), day).orElse(null);
        return versionOn(day)
                .map(version -> decide(version, facts, day, area))
                .orElseGet(() -> Decision.noRule(day, area));
    }

    /** Decides with a given version, for replaying "who was eligible under version N on day D". */
    public Decision decide(RuleVersion version, JobSeekerFacts facts, LocalDate day, AreaMap areas) {
        String area =
                areas.areaOf(MunicipalityCode.of(facts.homeMunicipality()), day).orElse(null);
        return decide(version, facts, day, area);
    }

    private Decision decide(RuleVersion version, JobSeekerFacts facts, LocalDate day, String area) {
        Set<Criterion> matched = EnumSet.noneOf(Criterion.class);
        if (area != null) {
            matched.add(Criterion.HOME_MUNICIPALITY_IN_TRIAL_AREA);
        }
        if (version.qualifyingStatuses().contains(facts.labourMarketStatus())) {
            matched.add(Criterion.QUALIFYING_STATUS);
        }
        if (!version.disqualifyingBenefits().contains(facts.unemploymentBenefit())) {
            matched.add(Criterion.NO_EARNINGS_RELATED_ALLOWANCE);
        }
        if (Period.between(facts.birthDate(), day).getYears() < version.ageLimit()) {
            matched.add(Criterion.UNDER_AGE_LIMIT);
        }
        if (facts.immigrant() || !version.domesticLanguages().contains(facts.motherTongue())) {
            matched.add(Criterion.IMMIGRANT_OR_FOREIGN_LANGUAGE);
        }
        Integer excludedBy = facts.exclusionItem() != null
                        && settings.exclusionItemsInForce().contains(facts.exclusionItem())
                ? facts.exclusionItem()
                : null;
        boolean anyOfThree = matched.contains(Criterion.NO_EARNINGS_RELATED_ALLOWANCE)
                || matched.contains(Criterion.UNDER_AGE_LIMIT)
                || matched.contains(Criterion.IMMIGRANT_OR_FOREIGN_LANGUAGE);
        boolean inTargetGroup =
                area != null && matched.contains(Criterion.QUALIFYING_STATUS) && anyOfThree && excludedBy == null;
        return new Decision(version.version(), day, inTargetGroup, area, matched, excludedBy);
    }
}

package fi.kuntakokeilu.clients.control;

import static fi.kuntakokeilu.clients.control.Fixtures.ESPOO;
import static fi.kuntakokeilu.clients.control.Fixtures.TRIAL_START;
import static fi.kuntakokeilu.clients.control.Fixtures.VAASA;
import static fi.kuntakokeilu.clients.control.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.clients.Criterion;
import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Act 1269/2020 § 4: who belongs to the target group on a day, and why. */
class TargetGroupRulesTest {

    private static final LocalDate DAY = LocalDate.of(2021, 9, 1);

    private final TargetGroupRules rules = new TargetGroupRules(List.of(Fixtures.VERSION_1), RuleSettings.defaults());

    /** Over 30, Finnish, earnings-related: none of the three criteria. */
    private static Fixtures.Person earningsRelatedFinn() {
        return person().born(LocalDate.of(1970, 1, 1)).benefit(UnemploymentBenefit.EARNINGS_RELATED);
    }

    private Decision decide(Fixtures.Person person, LocalDate day) {
        return rules.decide(person.facts(), day, Fixtures.areas());
    }

    @Test
    void takesAnUnemployedResidentOfATrialAreaOnLabourMarketSubsidy() {
        Decision decision = decide(person(), DAY);

        assertThat(decision.inTargetGroup()).isTrue();
        assertThat(decision.area()).isEqualTo("helsinki");
        assertThat(decision.ruleVersion()).isEqualTo(1);
        assertThat(decision.matched())
                .containsExactlyInAnyOrder(
                        Criterion.HOME_MUNICIPALITY_IN_TRIAL_AREA,
                        Criterion.QUALIFYING_STATUS,
                        Criterion.NO_EARNINGS_RELATED_ALLOWANCE);
    }

    @Test
    void keepsASwedishSpeakerOver30OnEarningsRelatedAllowanceAtTheOffice() {
        Decision decision = decide(earningsRelatedFinn().speaking("swe").livingIn(ESPOO), DAY);

        // Act 1269/2020 § 4: none of the three criteria holds; Swedish is a domestic language.
        assertThat(decision.inTargetGroup()).isFalse();
        assertThat(decision.area()).isEqualTo("espoo");
        assertThat(decision.matched())
                .containsExactlyInAnyOrder(Criterion.HOME_MUNICIPALITY_IN_TRIAL_AREA, Criterion.QUALIFYING_STATUS);
    }

    @Test
    void countsAsUnder30OnTheDayBeforeTheThirtiethBirthdayButNotOnIt() {
        // "Under 30 on the date": the age on the day decided, in whole years.
        LocalDate thirtiethBirthday = LocalDate.of(2021, 9, 1);
        Fixtures.Person turningThirty = earningsRelatedFinn().born(thirtiethBirthday.minusYears(30));

        Decision dayBefore = decide(turningThirty, thirtiethBirthday.minusDays(1));
        Decision birthday = decide(turningThirty, thirtiethBirthday);

        assertThat(dayBefore.inTargetGroup()).isTrue();
        assertThat(dayBefore.matched()).contains(Criterion.UNDER_AGE_LIMIT);
        assertThat(birthday.inTargetGroup()).isFalse();
        assertThat(birthday.matched()).doesNotContain(Criterion.UNDER_AGE_LIMIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rus", "ara", "som", "eng", "est"})
    void takesASpeakerOfAForeignMotherTongue(String language) {
        Decision decision = decide(earningsRelatedFinn().speaking(language), DAY);

        assertThat(decision.inTargetGroup()).isTrue();
        assertThat(decision.matched()).contains(Criterion.IMMIGRANT_OR_FOREIGN_LANGUAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fin", "swe", "sme", "smn", "sms", "smi"})
    void treatsFinnishSwedishAndEverySamiLanguageAsDomestic(String language) {
        assertThat(decide(earningsRelatedFinn().speaking(language), DAY).inTargetGroup())
                .isFalse();
    }

    @Test
    void takesAnImmigrantWhoseMotherTongueIsFinnish() {
        Decision decision = decide(earningsRelatedFinn().asImmigrant(), DAY);

        assertThat(decision.inTargetGroup()).isTrue();
        assertThat(decision.matched()).contains(Criterion.IMMIGRANT_OR_FOREIGN_LANGUAGE);
    }

    @ParameterizedTest
    @EnumSource(
            value = LabourMarketStatus.class,
            names = {"UNEMPLOYED", "LAID_OFF_FULL", "LAID_OFF_PARTIAL", "IN_SERVICE", "SUBSIDISED_WORK"})
    void takesTheUnemployedTheLaidOffAndPeopleInServicesOrSubsidisedWork(LabourMarketStatus status) {
        assertThat(decide(person().status(status), DAY).inTargetGroup()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = LabourMarketStatus.class,
            names = {"EMPLOYED", "EMPLOYED_PART_TIME", "STUDENT", "NOT_JOB_SEEKING"})
    void leavesOutTheEmployedStudentsAndThoseNotSeekingWork(LabourMarketStatus status) {
        Decision decision = decide(person().status(status), DAY);

        assertThat(decision.inTargetGroup()).isFalse();
        assertThat(decision.matched()).doesNotContain(Criterion.QUALIFYING_STATUS);
    }

    @ParameterizedTest
    @EnumSource(
            value = UnemploymentBenefit.class,
            names = {"BASIC_ALLOWANCE", "LABOUR_MARKET_SUBSIDY", "NONE"})
    void takesAnyoneWithoutEarningsRelatedAllowance(UnemploymentBenefit benefit) {
        assertThat(decide(earningsRelatedFinn().benefit(benefit), DAY).inTargetGroup())
                .isTrue();
    }

    @Test
    void leavesOutAResidentOfAMunicipalityInNoTrialArea() {
        Decision decision = decide(person().livingIn(VAASA), DAY);

        assertThat(decision.inTargetGroup()).isFalse();
        assertThat(decision.area()).isNull();
        assertThat(decision.matched()).doesNotContain(Criterion.HOME_MUNICIPALITY_IN_TRIAL_AREA);
    }

    @Test
    void decidesNobodyIntoTheGroupBeforeTheTrialBegan() {
        Decision decision = decide(person(), TRIAL_START.minusDays(1));

        assertThat(decision.inTargetGroup()).isFalse();
        assertThat(decision.ruleVersion()).isNull();
    }

    @Test
    void decidesNobodyIntoTheGroupAfterTheAreasTrialEnded() {
        Decision decision = decide(person(), Fixtures.TRIAL_END.plusDays(1));

        assertThat(decision.inTargetGroup()).isFalse();
        assertThat(decision.area()).isNull();
    }

    @Test
    void ignoresAnExclusionItemThatIsNotInForce() {
        assertThat(decide(person().excludedBy(2), DAY).inTargetGroup()).isTrue();
    }

    @Test
    void excludesByAnExclusionItemInForce() {
        TargetGroupRules withExclusions = new TargetGroupRules(
                List.of(Fixtures.VERSION_1), RuleSettings.defaults().withExclusions(2));

        Decision decision = withExclusions.decide(person().excludedBy(2).facts(), DAY, Fixtures.areas());

        assertThat(decision.inTargetGroup()).isFalse();
        assertThat(decision.isExcluded()).isTrue();
        assertThat(decision.excludedBy()).isEqualTo(2);
    }

    @Test
    void decidesWithTheVersionInForceOnTheDayAndReplaysAnOlderOne() {
        RuleVersion version2 = new RuleVersion(
                2,
                LocalDate.of(2023, 1, 1),
                null,
                "a later amendment",
                25,
                Fixtures.VERSION_1.qualifyingStatuses(),
                Fixtures.VERSION_1.disqualifyingBenefits(),
                Fixtures.VERSION_1.domesticLanguages());
        RuleVersion version1 = new RuleVersion(
                1,
                TRIAL_START,
                LocalDate.of(2022, 12, 31),
                "Act 1269/2020 § 4",
                30,
                Fixtures.VERSION_1.qualifyingStatuses(),
                Fixtures.VERSION_1.disqualifyingBenefits(),
                Fixtures.VERSION_1.domesticLanguages());
        TargetGroupRules amended = new TargetGroupRules(List.of(version2, version1), RuleSettings.defaults());
        Fixtures.Person aged27 = earningsRelatedFinn().born(LocalDate.of(1996, 1, 1));
        LocalDate in2023 = LocalDate.of(2023, 6, 1);

        Decision now = amended.decide(aged27.facts(), in2023, Fixtures.areas());
        Decision replayed = amended.decide(version1, aged27.facts(), in2023, Fixtures.areas());

        assertThat(now.ruleVersion()).isEqualTo(2);
        assertThat(now.inTargetGroup()).isFalse();
        assertThat(replayed.ruleVersion()).isEqualTo(1);
        assertThat(replayed.inTargetGroup()).isTrue();
    }

    @Test
    void storesCriteriaInOneOrderAndReadsThemBack() {
        Set<Criterion> criteria = EnumSet.of(Criterion.UNDER_AGE_LIMIT, Criterion.QUALIFYING_STATUS);

        String text = Decision.criteriaText(criteria);

        assertThat(text).isEqualTo("QUALIFYING_STATUS,UNDER_AGE_LIMIT");
        assertThat(Decision.parseCriteria(text))
                .containsExactly(Criterion.QUALIFYING_STATUS, Criterion.UNDER_AGE_LIMIT);
        assertThat(Decision.criteriaText(Set.of())).isNull();
    }
}

package fi.kuntakokeilu.services.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuntakokeilu.platform.i18n.Languages;
import fi.kuntakokeilu.services.ApplicationObligationTerms;
import fi.kuntakokeilu.services.ApplicationRequirement;
import fi.kuntakokeilu.services.BenefitPayer;
import fi.kuntakokeilu.services.BenefitStatement;
import fi.kuntakokeilu.services.BenefitType;
import fi.kuntakokeilu.services.NeglectConsequence;
import fi.kuntakokeilu.services.NeglectConsequence.Kind;
import fi.kuntakokeilu.services.ObligationPeriod;
import fi.kuntakokeilu.services.PeriodEvaluation;
import fi.kuntakokeilu.services.PeriodEvaluation.Outcome;
import fi.kuntakokeilu.services.WorkSituation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Benefit statements for a neglected job-application obligation (Unemployment Security Act 1290/2002
 * ch. 2a as amended by 1380/2021): to Kela for the labour-market subsidy and basic allowance, to the
 * unemployment fund for the earnings-related allowance.
 */
class BenefitStatementsTest {

    private static final PeriodEvaluation NEGLECTED_AUGUST = new PeriodEvaluation(
            new ObligationPeriod(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 31), 4), 1, Outcome.NEGLECTED);
    private static final NeglectConsequence SECOND_NEGLECT =
            new NeglectConsequence(LocalDate.of(2022, 8, 31), 2, Kind.BENEFIT_STATEMENT, 7);

    @Test
    void aStatementOnTheLabourMarketSubsidyGoesToKela() {
        BenefitStatement statement = BenefitStatements.statement(
                NEGLECTED_AUGUST, SECOND_NEGLECT, BenefitType.LABOUR_MARKET_SUBSIDY, NeglectPolicy.DEFAULT);

        assertThat(statement.addressedTo()).isEqualTo(BenefitPayer.KELA);
        assertThat(statement.daysWithoutBenefit()).isEqualTo(7);
        assertThat(BenefitType.BASIC_ALLOWANCE.payer()).isEqualTo(BenefitPayer.KELA);
    }

    @Test
    void aStatementOnTheEarningsRelatedAllowanceGoesToTheUnemploymentFund() {
        BenefitStatement statement = BenefitStatements.statement(
                NEGLECTED_AUGUST, SECOND_NEGLECT, BenefitType.EARNINGS_RELATED_ALLOWANCE, NeglectPolicy.DEFAULT);

        assertThat(statement.addressedTo()).isEqualTo(BenefitPayer.UNEMPLOYMENT_FUND);
    }

    @Test
    void writesTheStatementInFinnish() {
        BenefitStatement statement = BenefitStatements.statement(
                NEGLECTED_AUGUST, SECOND_NEGLECT, BenefitType.LABOUR_MARKET_SUBSIDY, NeglectPolicy.DEFAULT);

        assertThat(BenefitStatements.text(statement, Languages.FINNISH))
                .isEqualTo("Työvoimapoliittinen lausunto: työnhakija ei ole hakenut työllistymissuunnitelmassa"
                        + " sovittua määrää työmahdollisuuksia tarkastelujaksolla 1.8.2022–31.8.2022 (haettu 1,"
                        + " edellytetty 4). Kyseessä on 2. laiminlyönti 12 kuukauden aikana. Työnhakijalla ei ole"
                        + " oikeutta työttömyysetuuteen 7 päivän ajalta. Etuus: työmarkkinatuki. Lausunnon"
                        + " vastaanottaja: Kela.");
    }

    @Test
    void writesTheStatementInSwedish() {
        BenefitStatement statement = BenefitStatements.statement(
                NEGLECTED_AUGUST, SECOND_NEGLECT, BenefitType.EARNINGS_RELATED_ALLOWANCE, NeglectPolicy.DEFAULT);

        assertThat(BenefitStatements.text(statement, Languages.SWEDISH))
                .startsWith("Arbetskraftspolitiskt utlåtande:")
                .contains("1.8.2022–31.8.2022", "(sökt 1, krävt 4)", "nummer 2 inom 12 månader", "för 7 dagar")
                .endsWith("Förmån: inkomstrelaterad dagpenning. Mottagare av utlåtandet: arbetslöshetskassan.");
    }

    @Test
    void writesAReminderForAFirstNeglect() {
        NeglectConsequence first = new NeglectConsequence(LocalDate.of(2022, 8, 31), 1, Kind.REMINDER, 0);

        assertThat(BenefitStatements.reminderText(NEGLECTED_AUGUST, first, Languages.FINNISH))
                .startsWith("Muistutus:")
                .contains("1.8.2022–31.8.2022", "(haettu 1, edellytetty 4)");
        assertThat(BenefitStatements.reminderText(NEGLECTED_AUGUST, first, Languages.SWEDISH))
                .startsWith("Påminnelse:");
        assertThatThrownBy(() -> BenefitStatements.reminderText(NEGLECTED_AUGUST, SECOND_NEGLECT, Languages.FINNISH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReminderIsNoBenefitStatement() {
        NeglectConsequence first = new NeglectConsequence(LocalDate.of(2022, 8, 31), 1, Kind.REMINDER, 0);

        assertThatThrownBy(() -> BenefitStatements.statement(
                        NEGLECTED_AUGUST, first, BenefitType.LABOUR_MARKET_SUBSIDY, NeglectPolicy.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyANeglectedPeriodCanBeStatedOnTheDayItEnded() {
        PeriodEvaluation met = new PeriodEvaluation(NEGLECTED_AUGUST.period(), 4, Outcome.MET);
        NeglectConsequence wrongDay = new NeglectConsequence(LocalDate.of(2022, 9, 1), 2, Kind.BENEFIT_STATEMENT, 7);

        assertThatThrownBy(() -> BenefitStatements.statement(
                        met, SECOND_NEGLECT, BenefitType.LABOUR_MARKET_SUBSIDY, NeglectPolicy.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenefitStatements.statement(
                        NEGLECTED_AUGUST, wrongDay, BenefitType.LABOUR_MARKET_SUBSIDY, NeglectPolicy.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStatementCannotBeAddressedToSomeoneWhoDoesNotPayTheBenefit() {
        assertThatThrownBy(() -> new BenefitStatement(
                        NEGLECTED_AUGUST,
                        SECOND_NEGLECT,
                        12,
                        BenefitType.LABOUR_MARKET_SUBSIDY,
                        BenefitPayer.UNEMPLOYMENT_FUND))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fromPlanToStatementAJobSeekerWhoKeepsFallingShortClimbsTheLadder() {
        // A plan of 1.6.2022 with the standard four applications; two in July, none in August or
        // October, four in September: reminder for July, 7 days for August, 14 days for October.
        ApplicationRequirement requirement = ApplicationObligationRules.requirement(
                ApplicationObligationTerms.standard(WorkSituation.UNEMPLOYED, LocalDate.of(2022, 6, 1)));
        List<LocalDate> applications = List.of(
                LocalDate.of(2022, 6, 1),
                LocalDate.of(2022, 6, 2),
                LocalDate.of(2022, 6, 3),
                LocalDate.of(2022, 6, 4),
                LocalDate.of(2022, 7, 11),
                LocalDate.of(2022, 7, 12),
                LocalDate.of(2022, 9, 5),
                LocalDate.of(2022, 9, 6),
                LocalDate.of(2022, 9, 7),
                LocalDate.of(2022, 9, 8));
        List<PeriodEvaluation> evaluations =
                ApplicationObligationRules.evaluate(requirement, applications, LocalDate.of(2022, 11, 2));
        List<PeriodEvaluation> neglected = evaluations.stream()
                .filter(e -> e.outcome() == Outcome.NEGLECTED)
                .toList();
        List<NeglectConsequence> consequences =
                NeglectLadder.withDefaults().consequencesOf(ApplicationObligationRules.neglectDays(evaluations));

        assertThat(neglected)
                .extracting(e -> e.period().end())
                .containsExactly(LocalDate.of(2022, 7, 31), LocalDate.of(2022, 8, 31), LocalDate.of(2022, 10, 31));
        assertThat(consequences)
                .extracting(NeglectConsequence::daysWithoutBenefit)
                .containsExactly(0, 7, 14);

        BenefitStatement october = BenefitStatements.statement(
                neglected.get(2), consequences.get(2), BenefitType.BASIC_ALLOWANCE, NeglectPolicy.DEFAULT);
        assertThat(BenefitStatements.text(october, Languages.FINNISH))
                .contains(
                        "1.10.2022–31.10.2022",
                        "(haettu 0, edellytetty 4)",
                        "3. laiminlyönti",
                        "14 päivän ajalta",
                        "Kela");
    }
}

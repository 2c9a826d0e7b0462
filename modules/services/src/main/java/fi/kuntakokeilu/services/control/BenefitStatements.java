package fi.kuntakokeilu.services.control;

import fi.kuntakokeilu.platform.i18n.Messages;
import fi.kuntakokeilu.platform.i18n.Text;
import fi.kuntakokeilu.services.BenefitStatement;
import fi.kuntakokeilu.services.BenefitType;
import fi.kuntakokeilu.services.NeglectConsequence;
import fi.kuntakokeilu.services.ObligationPeriod;
import fi.kuntakokeilu.services.PeriodEvaluation;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Benefit statements and reminders for a neglected job-application obligation, and their texts in
 * Finnish, Swedish or English from the services message bundle.
 *
 * <p>The statement goes to whoever pays the job seeker's benefit: Kela for the labour-market subsidy
 * and the basic allowance, the unemployment fund for the earnings-related allowance.
 */
public final class BenefitStatements {

    /** Dates as Finnish and Finland-Swedish texts write them: 31.5.2022. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private BenefitStatements() {}

    /**
     * The statement for a neglected period that the ladder answered with days without benefit.
     *
     * @throws IllegalArgumentException if the period was not neglected, the consequence is a reminder,
     *     or the consequence is not dated on the period's last day
     */
    public static BenefitStatement statement(
            PeriodEvaluation evaluation, NeglectConsequence consequence, BenefitType benefit, NeglectPolicy policy) {
        requireNeglected(evaluation, consequence);
        Objects.requireNonNull(benefit, "benefit");
        return new BenefitStatement(evaluation, consequence, policy.reviewWindowMonths(), benefit, benefit.payer());
    }

    /** The statement's text for the benefit payer. */
    public static String text(BenefitStatement statement, Locale locale) {
        ObligationPeriod period = statement.evaluation().period();
        return Messages.get(
                locale,
                "services.statement.text",
                DATE.format(period.start()),
                DATE.format(period.end()),
                statement.evaluation().reported(),
                period.required(),
                statement.consequence().neglectNumber(),
                statement.reviewWindowMonths(),
                statement.daysWithoutBenefit(),
                new Text(statement.benefit().messageKey()),
                new Text(statement.addressedTo().messageKey()));
    }

    /** The reminder's text for the job seeker, for a first neglect. */
    public static String reminderText(PeriodEvaluation evaluation, NeglectConsequence consequence, Locale locale) {
        requireNeglected(evaluation, consequence);
        if (consequence.kind() != NeglectConsequence.Kind.REMINDER) {
            throw new IllegalArgumentException("the ladder asks for a benefit statement, not a reminder");
        }
        ObligationPeriod period = evaluation.period();
        return Messages.get(
                locale,
                "services.reminder.text",
                DATE.format(period.start()),
                DATE.format(period.end()),
                evaluation.reported(),
                period.required());
    }

    private static void requireNeglected(PeriodEvaluation evaluation, NeglectConsequence consequence) {
        if (evaluation.outcome() != PeriodEvaluation.Outcome.NEGLECTED) {
            throw new IllegalArgumentException("the period was not neglected: " + evaluation.outcome());
        }
        if (!consequence.neglectOn().equals(evaluation.period().end())) {
            throw new IllegalArgumentException("the neglect of a period falls on its last day, "
                    + evaluation.period().end() + ", not " + consequence.neglectOn());
        }
    }
}

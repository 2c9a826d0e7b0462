package fi.kuntakokeilu.services;

import java.util.Objects;

/**
 * A statement to the benefit payer that a job seeker has no right to unemployment benefit for some
 * days because they neglected the job-application obligation again (Unemployment Security Act
 * 1290/2002 ch. 2a as amended by 1380/2021).
 *
 * @param evaluation the review period that was not met
 * @param consequence the place on the neglect ladder, with the days without benefit
 * @param reviewWindowMonths the window within which neglects were counted
 * @param benefit the benefit the job seeker receives
 * @param addressedTo the payer of that benefit
 */
public record BenefitStatement(
        PeriodEvaluation evaluation,
        NeglectConsequence consequence,
        int reviewWindowMonths,
        BenefitType benefit,
        BenefitPayer addressedTo) {

    public BenefitStatement {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(consequence, "consequence");
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(addressedTo, "addressedTo");
        if (consequence.kind() != NeglectConsequence.Kind.BENEFIT_STATEMENT) {
            throw new IllegalArgumentException("a reminder is not a benefit statement");
        }
        if (addressedTo != benefit.payer()) {
            throw new IllegalArgumentException(benefit + " is paid by " + benefit.payer() + ", not " + addressedTo);
        }
    }

    public int daysWithoutBenefit() {
        return consequence.daysWithoutBenefit();
    }
}

package fi.kuntakokeilu.services;

import java.time.LocalDate;

/**
 * The set of service-process rules a customer is served under.
 *
 * <p>The Nordic job-seeking model (government proposal HE 167/2021: amendments to the Act on Public
 * Employment and Business Service and to the Unemployment Security Act, the latter by 1380/2021)
 * took effect on 2 May 2022 in employment offices and trial areas alike. A customer who registered from that day on is served
 * under it from the start; a customer who registered earlier keeps the earlier schedule until the
 * next update of the employment plan on or after that day (see the services control's
 * {@code RegimeSwitch}).
 */
public enum RuleRegime {
    /**
     * Until 1 May 2022: initial interview within two weeks of registration; an interview and a plan
     * review every three months of continuous unemployment.
     */
    BEFORE_NORDIC_MODEL,
    /**
     * From 2 May 2022: initial interview within five working days, job-search discussions about every
     * two weeks during the first three months, interviews every three months after that, a one-month
     * intensive period with two extra discussions every half year from six months on, and the
     * job-application obligation.
     */
    NORDIC_MODEL;

    /** The first day of the Nordic job-seeking model. */
    public static final LocalDate NORDIC_MODEL_START = LocalDate.of(2022, 5, 2);

    /** The regime that a customer registering on this day is served under. */
    public static RuleRegime inForceOn(LocalDate date) {
        return date.isBefore(NORDIC_MODEL_START) ? BEFORE_NORDIC_MODEL : NORDIC_MODEL;
    }

    /** The key of the regime's name in the services message bundle. */
    public String messageKey() {
        return "services.ruleRegime." + name();
    }
}

package fi.kuntakokeilu.evaluation.control.estimation;

import java.time.YearMonth;

/**
 * One cell of the municipality × month panel that the estimators take.
 *
 * @param unit the municipality code; the unit of the fixed effect and the cluster of the standard
 *     errors
 * @param month the calendar month of the observation (month end in the status panel)
 * @param treated whether the municipality is treated in that month (in a trial area whose trial has
 *     started); the difference-in-differences regressor. The event study takes its timing from the
 *     treatment start dates instead and uses this flag only to check that controls are never treated
 * @param outcome the indicator value, e.g. the activation rate in percent
 * @param weight the weight of the cell in weighted least squares, e.g. the number of job seekers
 *     behind the outcome; must be finite and positive, 1 for unweighted estimates
 */
public record Observation(String unit, YearMonth month, boolean treated, double outcome, double weight) {}

/**
 * The causal estimators of the evaluation (domain.md, "Evaluation": earlier trials were evaluated
 * with difference-in-differences; areas were not chosen at random and comparison areas are scarce,
 * so every estimate shows its uncertainty and its pre-trends). Pure computation on a municipality ×
 * month panel of {@link fi.kuntakokeilu.evaluation.control.estimation.Observation}s: no database,
 * no CDI, no state. Linear algebra and distributions come from Hipparchus.
 *
 * <p><b>Model.</b> Weighted least squares with municipality and month fixed effects (two-way fixed
 * effects): {@link fi.kuntakokeilu.evaluation.control.estimation.DifferenceInDifferences} regresses
 * the outcome on the treatment indicator; {@link
 * fi.kuntakokeilu.evaluation.control.estimation.EventStudy} on indicators of the month relative to
 * each treated municipality's start, with never-treated municipalities as controls. The weight of a
 * row is its {@code weight} (e.g. job seekers behind the outcome). Municipality effects are removed
 * by the weighted within transformation (exact also for unbalanced panels); month effects are dummy
 * columns; the design is solved by QR and never has a municipality-sized dimension.
 *
 * <p><b>Standard errors.</b> Cluster-robust by municipality with the CR1 small-sample correction
 * {@code G/(G−1) · (N−1)/(N−K)}: G municipalities, N rows, K = regressors + (months − 1) + 1 (the
 * municipality effects are nested in the clusters and not counted, as in Stata's {@code xtreg, fe
 * vce(cluster)} and {@code reghdfe}). 95% intervals use the t distribution with G − 1 degrees of
 * freedom.
 *
 * <p><b>Event study.</b> Window from relative month −leads to +lags; −1 (the month before the start)
 * is the reference and is reported as a coefficient of 0 with standard error 0; the two ends are
 * bins holding all earlier and all later months. The pre-trend test is the Wald test that the leads
 * −leads … −2 are jointly zero, F = W/q against F(q, G − 1).
 *
 * <p><b>Refusals.</b> Input that cannot give a valid estimate (no treated or no comparison
 * municipalities, fewer than two of either, a municipality treated in every month it is observed,
 * a collinear design, invalid observations or window) throws {@link
 * fi.kuntakokeilu.evaluation.control.estimation.EstimationInputException} (an {@code
 * IllegalArgumentException}) whose message says which and whose {@code reason()} names the kind;
 * no result ever holds NaN. Details and references: {@code docs/estimators.md}.
 */
package fi.kuntakokeilu.evaluation.control.estimation;

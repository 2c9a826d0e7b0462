/**
 * <b>evaluation</b>: the monthly status panel, the indicator catalogue, evaluation designs (treated
 * and comparison municipalities, from when), estimators, as-of snapshots and the nightly
 * pseudonymised export for researchers.
 *
 * <p><b>API</b>: {@link fi.kuntakokeilu.evaluation.Indicators}, the indicator catalogue and the
 * monthly counts behind every published figure (aggregates only).
 *
 * <p><b>Depends on</b>: services, clients, organisations, platform.
 */
package fi.kuntakokeilu.evaluation;

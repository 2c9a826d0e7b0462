/**
 * <b>evaluation</b>: the monthly status panel, the indicator catalogue, evaluation designs (treated
 * and comparison municipalities, from when), estimators, as-of snapshots and the nightly
 * pseudonymised export for researchers.
 *
 * <p><b>Depends on</b>: services, clients, organisations, platform. Built by the evaluation issue;
 * until then the module holds no code.
 */
package fi.kuntakokeilu.evaluation;

/**
 * <b>services</b>: what municipal staff do for a customer: employment plans, the service catalogue
 * and service periods, interviews and their schedules under the rule regime in force, the
 * job-application obligation, case notes and worklists.
 *
 * <p><b>What exists</b>: the rule core, pure and free of the database, for the later layers to call.
 *
 * <ul>
 *   <li>{@link fi.kuntakokeilu.services.control.FinnishCalendar}: Finnish public holidays for any
 *       year from 1992 (computed, Easter by the Gregorian computus) and working days, counting
 *       Midsummer Eve and Christmas Eve as days off.
 *   <li>{@link fi.kuntakokeilu.services.control.InterviewScheduler} and {@link
 *       fi.kuntakokeilu.services.control.RegimeSwitch}: the interviews and discussions a job seeker is
 *       due, before and under the Nordic job-seeking model ({@link fi.kuntakokeilu.services.RuleRegime}),
 *       with intensive periods and the switch of earlier customers at their next plan update.
 *   <li>{@link fi.kuntakokeilu.services.control.ApplicationObligationRules}: the job-application
 *       requirement a plan sets, its review periods and their evaluation; {@link
 *       fi.kuntakokeilu.services.control.NeglectLadder} and {@link
 *       fi.kuntakokeilu.services.control.BenefitStatements}: reminder, days without benefit and the
 *       statement to Kela or the unemployment fund, with texts in Finnish, Swedish and English.
 *   <li>{@link fi.kuntakokeilu.services.control.DeadlineClassifier}: overdue, due today, due soon or
 *       later, and the order of a worklist.
 * </ul>
 *
 * API types (enums and records) sit in this package; rules in {@code control}. Configuration keys
 * ({@code services.neglect.*}, {@code services.worklist.due-soon-days}) are read by {@link
 * fi.kuntakokeilu.services.control.ServiceRuleSettings}. Texts are in the bundle {@code
 * fi/kuntakokeilu/services/messages}.
 *
 * <p><b>Not yet</b>: entities, tables, the facade and REST. Persistence of plans, service periods,
 * appointments and worklists, and their REST resources, come with the services issue's remaining
 * parts, which build on the clients module's API. The module owns no tables and publishes no events
 * yet.
 *
 * <p><b>Depends on</b>: clients (customers and who is responsible for them), organisations,
 * platform (message bundles, problem exceptions).
 */
package fi.kuntakokeilu.services;

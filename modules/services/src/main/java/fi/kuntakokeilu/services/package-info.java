/**
 * <b>services</b>: what municipal staff do for a customer: employment plans, the service catalogue
 * and service periods, interviews and their schedules under the rule regime in force, the
 * job-application obligation with its reminders and benefit statements, case notes and worklists
 * (rules in ../shared/docs/domain.md, "Service obligations").
 *
 * <p><b>API</b>: {@link fi.kuntakokeilu.services.Services} and its records; REST under {@code
 * /api/v1/job-seekers/{id}/}: {@code plans} (GET, POST; {@code /{planId}} GET, PUT = a new version;
 * {@code /{planId}/versions}), {@code service-periods} (GET, POST, PUT {@code /{periodId}}), {@code
 * appointments} (GET, POST, PUT {@code /{appointmentId}}, POST {@code
 * /{appointmentId}/cancellation} {@code {reason, version}}), {@code job-applications} (GET, POST a
 * month's report; POST {@code statements/{statementId}/sent}), {@code notes} (GET, POST, PUT {@code
 * /{noteId}}), {@code caseworker} (GET the responsible caseworker now, every assignment and the
 * version; PUT an assignment {@code {caseworker, since, version}}); {@code GET
 * /api/v1/worklists?area=|office=&kind=&page=&size=}, with {@code caseworker=me|<account>} one
 * caseworker's part of an area's list; {@code GET /api/v1/services} (the catalogue, every role). Scope: staff of the trial area responsible for the
 * customer now, office staff for their office's customers, administrators all; others' customers
 * answer 404 like missing ones; evaluators 403 (except the catalogue). Who is responsible comes from
 * the clients module's {@link fi.kuntakokeilu.clients.Caseloads}, with the caller's scope. Every read
 * and change of a customer's services is audited in its transaction ({@code job-seeker} subject).
 * Plans, service periods, appointments and notes carry versions: a stale change answers 409
 * ("reload"), checked against the row and by the optimistic lock at flush, so nothing is lost.
 *
 * <p><b>Cancelled appointments</b>: a caseworker cancels an interview or discussion with a reason
 * (stale version 409; a held or already cancelled one 409). The row stays ({@code cancelled_at},
 * {@code cancelled_by}, {@code cancellation_reason}, V3): the case history keeps it, the customer's
 * appointments list it as cancelled, and it leaves the worklists; it can no longer change, and a
 * schedule redrawn after a plan neither removes nor replaces it (its place counts as settled).
 *
 * <p><b>Responsible caseworker</b>: within the trial area responsible for a customer, one caseworker
 * at a time, effective dated and never overwritten ({@link
 * fi.kuntakokeilu.services.control.Caseworkers}): each assignment is a new row, numbered per
 * customer; the latest is in force while its area is still responsible and it began on or after the
 * day that area took the customer over (after a transfer nobody is, until someone is assigned). The
 * number is the version: a stale one answers 409, and the unique key refuses the second of two
 * concurrent assignments. {@link fi.kuntakokeilu.services.control.CaseworkerRules}: a caseworker
 * takes a customer of their own area (only themselves); an area manager or an administrator assigns
 * to any caseworker of the area; the assignee must be an enabled caseworker account serving the area,
 * looked up in organisations' staff accounts through the platform's {@code StaffDirectory}. Office
 * customers get none (409). A caseworker's worklist ({@code caseworker=me}) is the area's worklist
 * restricted to the customers they are responsible for now, with the same items and counts; area
 * managers and administrators may ask for any caseworker of the area, caseworkers only their own.
 * Reads and assignments are audited ({@code job-seeker} subject).
 *
 * <p><b>Rules</b> (pure, in {@code control}): {@link fi.kuntakokeilu.services.control.FinnishCalendar}
 * (holidays and working days of any year from 1992), {@link
 * fi.kuntakokeilu.services.control.InterviewScheduler} and {@link
 * fi.kuntakokeilu.services.control.RegimeSwitch} (before 2.5.2022 / Nordic model, intensive periods,
 * the switch at the next plan update), {@link
 * fi.kuntakokeilu.services.control.ApplicationObligationRules}, {@link
 * fi.kuntakokeilu.services.control.NeglectLadder} and {@link
 * fi.kuntakokeilu.services.control.BenefitStatements} (reminder, then 7 and 14 days without benefit,
 * never over 45, texts in fi/sv/en), {@link fi.kuntakokeilu.services.control.DeadlineClassifier}.
 *
 * <p><b>Stores</b>: {@link fi.kuntakokeilu.services.control.CaseFile} (one customer's services: a plan
 * made or updated on a day counts as the meeting that reviews it, and redraws the schedule of
 * interviews and discussions after it; a neglected review period of the obligation gets one reminder
 * or statement record, by the ladder); {@link fi.kuntakokeilu.services.control.Worklists} (counts per
 * kind, due and overdue, and items by deadline, for the customers a body serves: initial interviews
 * of customers with no plan, interviews and discussions, plan reviews, unsent reminders and
 * statements, offices' entry orders under the 7-day rule from clients' pending transfers, ongoing
 * services ending within 14 days); {@link fi.kuntakokeilu.services.control.DemoCaseFiles} (the demo
 * data, written by {@code boundary.DemoServices} at {@code SchemaReady.SERVICES} in demo mode only).
 * {@code boundary.ObligationSweep} reviews every obligation nightly (one transaction per area or
 * office), so a customer who reports nothing at all also gets the reminder and then the statements;
 * reporting a month's applications reviews that customer at once. On a cluster only the instance
 * that claims the night does it ({@link fi.kuntakokeilu.services.control.NightlyClaims}: the lock row
 * {@code svc_job_lock('obligation-review')}, {@code FOR UPDATE SKIP LOCKED}, with the night marked
 * as claimed).
 *
 * <p><b>Tables</b>: prefix {@code svc_}: {@code svc_service} (the catalogue, seeded, configurable
 * rows), {@code svc_plan}, {@code svc_plan_version}, {@code svc_service_period}, {@code
 * svc_appointment}, {@code svc_application_report}, {@code svc_benefit_statement}, {@code
 * svc_case_note}, {@code svc_caseworker_assignment} (V2), {@code svc_job_lock} (V2). Job seekers by the clients module's id, bodies by organisations' keys: plain
 * columns, no foreign key leaves the module.
 *
 * <p><b>Views for evaluation</b> (no names, identity codes or free text; stable column names):
 *
 * <ul>
 *   <li>{@code svc_v_service_period(job_seeker_id, service_code, active_service, status, start_date,
 *       end_date)}: every service period, with the catalogue's active-service flag;
 *   <li>{@code svc_v_plan(job_seeker_id, plan_id, kind, version_number, valid_from, review_due,
 *       regime, made_by_type, made_by_key)}: each plan's latest version;
 *   <li>{@code svc_v_appointment(job_seeker_id, kind, due_on, held_on)}: interviews and discussions
 *       that stand (a cancelled one is not due; V4);
 *   <li>{@code svc_v_application_report(job_seeker_id, month, applications)}: monthly reports.
 * </ul>
 *
 * <p><b>Configuration</b>: {@code services.neglect.*}, {@code services.worklist.due-soon-days} (7),
 * {@code services.worklist.service-ending-days} (14), {@code services.schedule.horizon-months} (12),
 * read by {@link fi.kuntakokeilu.services.control.ServiceRuleSettings}; {@code
 * services.obligation.review-at} (03:10, the nightly review); {@code services.demo.seed}; {@code
 * services.demo.caseworkers} (caseworker.helsinki,caseworker.espoo: the demo data deals each area's
 * customers to that area's demo caseworkers, every fourth left unassigned).
 * Texts in the bundle {@code fi/kuntakokeilu/services/messages}.
 *
 * <p><b>Events</b>: none published or observed yet. <b>Depends on</b>: clients ({@code Caseloads},
 * pending transfers), organisations (area and office keys for the demo data), platform (its {@code
 * StaffDirectory}, implemented by organisations, for assignees' accounts). <b>Does not</b>: send
 * statements to Kela or the funds (it records them and when staff sent them), or schedule an initial
 * interview row at registration (the worklist derives it from the registration day until a plan or
 * an initial interview exists).
 */
package fi.kuntakokeilu.services;

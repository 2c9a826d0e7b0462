/**
 * <b>clients</b>: job seekers, the target-group rules, and custody: which body (an employment office
 * or a trial area) is responsible for a customer on any day, and every transfer between them with
 * its legal basis (Act 1269/2020 § 4–5; rules in ../shared/docs/domain.md, "Who is transferred").
 *
 * <p><b>Owns</b>: the registry of job seekers (identity code unique with its century sign; birth
 * date and sex from the code; mother tongue as a three-letter ISO 639 code), their effective-dated
 * situation (labour-market status, unemployment benefit, home municipality, exclusion item: never
 * overwritten, so rules answer for any past day); the versioned target-group rules
 * ({@code TargetGroupRules}: each decision names its rule version and the criteria that matched);
 * custody and transfers (TRIAL_START, ENTERED_TARGET_GROUP, MOVED_MUNICIPALITY, LEFT_TARGET_GROUP,
 * EXCLUDED, DISCRETIONARY_RETURN, TRIAL_END), entry orders due within 7 days and consent requests
 * between areas; bulk transfer runs (a Jakarta Batch chunk job, {@code
 * META-INF/batch-jobs/transfer-run.xml}, restartable from its own checkpoint, idempotent; a run
 * whose heartbeat goes silent, its instance dead, is restarted by another instance's {@code
 * TransferRunWatchdog}: docs/operations.md, "Singleton work"; its chunks call no bean with a
 * {@code @Transactional} interceptor, reading organisations through {@code OrganisationReads} and
 * auditing through the {@code @InCallersTransaction} trail: docs/operations.md, check 4); the
 * import of office customer extracts (docs/import-format.md), streamed in the request (REST) or,
 * from the administrators' page ({@code Clients.startImport}, not REST), stored with its lines
 * counted ({@code cli_import.total_lines}) and run as a Jakarta Batch job ({@code
 * META-INF/batch-jobs/job-seeker-import.xml}, a batchlet with the same chunk loop, {@code
 * boundary.ImportRunner}; each chunk adds to {@code lines_read}, the page's progress; not
 * restartable: an import whose instance died stays RUNNING); the seeded demo population;
 * the retention rules ({@code control.Retention}: former customers anonymised, refused import rows
 * deleted, by a nightly job with a dry run; docs/security.md).
 *
 * <p><b>API</b>: {@link fi.kuntakokeilu.clients.Clients} and its records; REST at {@code
 * /api/v1/job-seekers} (POST, GET by id, search by identity code or name, {@code
 * /{id}/status-changes}, {@code /{id}/discretionary-transfers}, {@code /{id}/break-glass} for area
 * managers outside their scope, with a reason), {@code /api/v1/access-reports} (GDPR Art. 15, by
 * identity code in the body), {@code /api/v1/retention} (dry run; {@code runs} applies), {@code
 * /api/v1/transfers} (GET
 * {@code pending}, orders' {@code carry-out}, {@code keep}, {@code accept}, {@code reject},
 * {@code /{id}/notifications}), {@code /api/v1/transfer-runs} (POST 202, GET progress, {@code
 * restart}, {@code preview}), {@code /api/v1/imports/job-seekers} (text/csv). Scope: trial-area
 * staff see the customers their areas are responsible for now, office staff their office's,
 * administrators all; others' customers answer 404; evaluators get 403 on every call. Every read and
 * change of a job seeker is audited in its transaction. {@link fi.kuntakokeilu.clients.Caseloads}
 * (not REST) tells the modules that serve customers (services) whom a body serves now, under the
 * scope of the caller they pass; they audit what they show. {@code Clients.targetGroupRules} (not
 * REST, administrators) lists the stored rule versions with their days and criteria for the staff
 * UI; reference data, not audited. {@code Clients.recordViewers} (not REST, area managers, their
 * areas' customers only) lists who has read or changed a customer's record, newest first, from the
 * audit trail; the listing is itself audited.
 *
 * <p><b>Events</b> (fired in the writing transaction; observe with {@code during =
 * TransactionPhase.AFTER_SUCCESS}): {@link fi.kuntakokeilu.clients.JobSeekerRegistered}, {@link
 * fi.kuntakokeilu.clients.JobSeekerTransferred} (one per transfer, bulk runs included).
 *
 * <p><b>Tables</b>: prefix {@code cli_}: {@code cli_job_seeker}, {@code cli_situation}, {@code
 * cli_rule_version}, {@code cli_custody}, {@code cli_transfer}, {@code cli_transfer_order}, {@code
 * cli_transfer_run}, {@code cli_transfer_run_count}, {@code cli_transfer_run_item}, {@code
 * cli_import}, {@code cli_import_error}, {@code cli_job_lock} (one row per job that must run on one
 * instance of a cluster at a time: due transfer orders, retention, the transfer-run watchdog). Area, office and municipality keys are
 * plain columns, validated through organisations' API; no foreign key leaves the module. {@code
 * cli_custody} repeats the person's first and last name (migration V5) with indexes by body and
 * name, for the job-seeker search (issue 7: a scoped prefix search in name order is one index
 * range); the ledger writes them when it opens custody, and every change of a name (import,
 * retention) copies them in the same transaction ({@code JdbcCustodyLedger.copyNames}). The search
 * counts its matches up to 1,000 past the page's start and beyond that answers {@code
 * Page.moreThanTotal}.
 *
 * <p><b>Published views</b> (migration V2, for evaluation's set-based reads; part of this module's
 * contract, without name, identity code, contact details or address): {@code cli_v_person} (id,
 * birth_date, sex, mother_tongue, immigrant, registered_on), {@code cli_v_situation} (situation_id,
 * job_seeker_id, effective_from, labour_market_status, unemployment_benefit, home_municipality; a
 * row holds until the person's next row, the highest id winning on a day), {@code cli_v_transfer}
 * (transfer_id, job_seeker_id, from_type, from_key, to_type, to_key, effective_date, legal_basis)
 * and {@code cli_v_custody_history} (job_seeker_id, transfer_id, body_type, body_key, valid_from:
 * one row per transfer plus the body before the first transfer, or the only body, from the
 * registration day with transfer_id null). Situation and transfer rows are only ever added, so a
 * reader bounding by the highest ids it saw reads the same rows again later.
 *
 * <p><b>Configuration</b>: {@code clients.*} (see {@code control.ClientsConfiguration}); the parts
 * the sources leave open are configurable: exclusion items in force (none by default) and whether a
 * customer leaving the target group by status returns to the office (no by default).
 *
 * <p><b>Depends on</b>: organisations (its {@code AreaMap} snapshot, trial periods, municipalities),
 * platform. <b>Does not</b> serve customers (plans, services, interviews: services), send the
 * notifications it tracks (it records that they were sent), compute statistics (evaluation), or
 * decide which municipalities belong to which area (organisations).
 */
package fi.kuntakokeilu.clients;

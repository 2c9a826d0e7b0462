/**
 * <b>evaluation</b>: the monthly status panel, the indicator catalogue, evaluation designs (treated
 * and comparison municipalities, from when), as-of snapshots and the nightly pseudonymised export
 * for researchers (domain brief, "What the ministry followed" and "Evaluation").
 *
 * <p><b>Owns</b>: the panel ({@code eva_panel}: one row per job seeker and month end with the
 * responsible body, home municipality and its trial area, labour-market status and benefit, the
 * flags derived from them by {@code control.PanelRules}, the spell of unemployment, target-group
 * flags, age band and language group, and from the services module: in an active service period
 * and which, valid plan, interviews due and held on time, days to the first appointment after
 * entering custody, open employment 3 and 6 months after a service ended), built set-based per
 * month end and bounded by a source version so that a build can be repeated exactly; nightly, only
 * the rows of people whose sources changed (a digest per person, {@code eva_person_digest}) are
 * written again, with each month's fingerprint updated from the rows removed and added
 * (docs/exports.md, "The nightly build"); the indicator catalogue ({@code
 * control.IndicatorCatalogue}, docs/indicators.md); designs as data with intention-to-treat
 * assignment and movers; snapshots (data version, rule and indicator versions, per-month
 * fingerprints, checksum); exports (a Jakarta Batch job, {@code META-INF/batch-jobs/
 * evaluation-export.xml}, started nightly by a configurable timer and on demand, one at a time in a
 * cluster, restartable from its own checkpoint; gzip CSV per month with keyed pseudonyms, data
 * dictionary, manifest, delivery log, retention; docs/exports.md).
 *
 * <p><b>The panel's size</b>: every registered job seeker (the trial's customers and the comparison
 * group alike) at every month end from {@code evaluation.panel.first-month} to {@code last-month}
 * (2020-03 … 2024-12: a year of pre-period before the trial's 46 months). Difference-in-differences
 * and the event study need the comparison persons and the pre-trial months, so the panel keeps
 * them; at national scale that is about 700,000 × 58 months, some 40 million rows. Issue 5's speed
 * targets name "230,000 × 46 months", the trial's customers over the trial's months (about 10.6
 * million rows), a quarter of it; the bench prints both sizes and the rate each implies
 * (docs/benchmarks.md). A month is built by one {@code INSERT … SELECT} joined by primary key to
 * the month's services facts, staged first in {@code eva_month_facts}, a temporary table of the
 * connection building the month.
 * A build first empties its staged tables ({@code eva_stage_*}) by {@code TRUNCATE TABLE}, with no
 * transaction and on a connection of its own (deleting a national build's millions of staged rows
 * took minutes; the staged tables are scratch copies only the build holding the panel's claim uses),
 * and drops the staged appointments' secondary indexes, which it adds back once they are copied.
 * A build runs {@code evaluation.panel.workers} (2) steps at once, each in a transaction and on a
 * connection of its own: the situations' and the custody's staging beside the services', then the
 * months, one worker from the first month on and another from the last back (so the months written
 * at one moment are far apart in the panel's key; a step the database chose as a deadlock's victim
 * is done again). The export streams a month from the database (which joins each row's fields),
 * sorts it by pseudonym in bounded runs (spilled to {@code .run} files beside the month's file and
 * merged), so its heap does not grow with the month, and compresses it in 256 KiB blocks on the
 * managed executor's threads ({@code ParallelGzipOutputStream}).
 *
 * <p><b>API</b>: {@link fi.kuntakokeilu.evaluation.Indicators} (catalogue and monthly counts per
 * trial area, all areas and the country, per subgroup: aggregates only, with a version of the
 * counts per month that changes whenever the month's rows do; evaluators, area managers,
 * administrators) and {@link fi.kuntakokeilu.evaluation.Evaluation} (designs, panel builds,
 * exports, estimates; evaluators and administrators). REST: {@code GET /api/v1/evaluation/designs},
 * {@code POST /api/v1/evaluation/estimates} (a design, an indicator and a period of months give the
 * difference-in-differences effect with its 95% interval and the event study with its pre-trend
 * test, from {@code control.EstimationPanel}'s municipality × month cells and the estimators of
 * {@code control.estimation}; docs/estimators.md), {@code GET /api/v1/evaluation/panel/builds} and
 * {@code POST /api/v1/evaluation/panel/rebuild}
 * (administrators), {@code GET|POST /api/v1/exports}, {@code GET /api/v1/exports/{id}}, {@code
 * POST /api/v1/exports/{id}/restart} (administrators), {@code GET /api/v1/exports/{id}/manifest},
 * {@code GET /api/v1/exports/{id}/files/{name}}. Nothing here returns a name, an identity code or a
 * birth date; starting an export, every download and every panel build are audited; estimates are
 * aggregates of municipality-months and, like the reporting module's figures, are not.
 *
 * <p><b>Reads</b>: the clients module only through the views it publishes ({@code cli_v_person},
 * {@code cli_v_situation}, {@code cli_v_transfer}, {@code cli_v_custody_history}; see clients'
 * package-info), never its entities; the services module only through its views ({@code
 * svc_v_service_period}, {@code svc_v_plan}, {@code svc_v_appointment}; see services'
 * package-info); organisations through its API (copied per build into {@code
 * eva_municipality}, {@code eva_area_membership}).
 *
 * <p><b>Tables</b>: prefix {@code eva_}: {@code eva_job_lock}, {@code eva_municipality}, {@code
 * eva_area_membership}, {@code eva_stage_situation}, {@code eva_stage_custody}, {@code
 * eva_stage_service}, {@code eva_stage_plan}, {@code eva_stage_appointment}, {@code eva_panel},
 * {@code eva_panel_month}, {@code eva_panel_build}, {@code eva_person_digest}, {@code
 * eva_panel_changed}, {@code eva_design}, {@code eva_design_unit},
 * {@code eva_design_assignment}, {@code eva_snapshot}, {@code eva_snapshot_month}, {@code
 * eva_export}, {@code eva_export_file}, {@code eva_export_delivery}. No entities (set-based SQL on the
 * transaction's connection); no foreign key leaves the module.
 *
 * <p><b>Configuration</b>: {@code evaluation.*} (see {@code control.EvaluationConfiguration}):
 * panel months and workers, export time and zone, directory, retention, research project and
 * pseudonymisation keys (no key ships with the code).
 *
 * <p><b>Start-up</b>: at {@code SchemaReady.EVALUATION} the trial's design gets its municipalities
 * from the reference data (once); in demo mode the panel is built in the background.
 *
 * <p><b>Depends on</b>: services (views), clients (views, enums), organisations, platform.
 * <b>Does not</b> read plan versions other than each plan's latest (the services view publishes no
 * others), nor the job-application reports ({@code svc_v_application_report}); does not bound the
 * services views by a data version (they carry no ids); does not suppress small cells (reporting does, on what it publishes); does not
 * cache estimates (each request reads the panel as it stands) or record them with a snapshot.
 */
package fi.kuntakokeilu.evaluation;

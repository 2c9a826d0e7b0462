package fi.kuntakokeilu.testing;

/**
 * SQL conditions over the source tables of the clients and services modules ({@code cli_situation},
 * {@code cli_transfer}, {@code cli_job_seeker}, {@code svc_*}), written apart from the evaluation
 * module's panel build, by the rules of docs/indicators.md: the independent counts that the panel's
 * and the monthly report's tests compare their figures with. The person's situation row is
 * aliased {@code s}, the job seeker {@code j}; {@code d} is an SQL expression of the day.
 */
public final class SourceFacts {

    private SourceFacts() {}

    /** The situation row {@code alias} is the one in force on day d (the latest effective by then). */
    public static String inForce(String alias, String d) {
        return alias + ".effective_from <= " + d + " and not exists (select 1 from cli_situation n"
                + " where n.job_seeker_id = " + alias + ".job_seeker_id and n.effective_from <= " + d
                + " and (n.effective_from > " + alias + ".effective_from or (n.effective_from = " + alias
                + ".effective_from and n.id > " + alias + ".id)))";
    }

    /** The trial area responsible at the end of day :d, or null: the last transfer by then decides. */
    public static String areaAt(String d) {
        return "(select case when t.to_type = 'TRIAL_AREA' then t.to_key end from cli_transfer t"
                + " where t.job_seeker_id = s.job_seeker_id and t.effective_date <= " + d
                + " order by t.effective_date desc, t.id desc limit 1)";
    }

    /** The subgroup (evaluation's {@code Subgroup}, by name) as a condition on {@code s} and {@code j}. */
    public static String subgroupCondition(String subgroup, String d) {
        return switch (subgroup) {
            case "ALL" -> "1 = 1";
            case "UNDER_30" -> "timestampdiff(year, j.birth_date, " + d + ") < 30";
            case "FOREIGN_LANGUAGE" -> "j.mother_tongue not in ('fin','swe','sme','smn','sms','smi','sma','smj')";
            case "NOT_EARNINGS_RELATED" -> "s.unemployment_benefit <> 'EARNINGS_RELATED'";
            default -> throw new IllegalArgumentException(subgroup);
        };
    }

    /** The rows the count indicator (by name) counts, as a condition on {@code s} and {@code j}. */
    public static String statusCondition(String indicator, String d) {
        return switch (indicator) {
            case "JOB_SEEKERS" -> "1 = 1";
            case "UNEMPLOYED" -> "s.labour_market_status in ('UNEMPLOYED','LAID_OFF_FULL')";
            case "LAID_OFF_FULL" -> "s.labour_market_status = 'LAID_OFF_FULL'";
            case "IN_SERVICES" -> "s.labour_market_status = 'IN_SERVICE'";
            case "IN_TRAINING" -> "s.labour_market_status = 'STUDENT'";
            case "EMPLOYED" ->
                "s.labour_market_status in" + " ('EMPLOYED','EMPLOYED_PART_TIME','LAID_OFF_PARTIAL','SUBSIDISED_WORK')";
            case "EMPLOYED_OPEN" -> "s.labour_market_status in ('EMPLOYED','EMPLOYED_PART_TIME','LAID_OFF_PARTIAL')";
            case "EMPLOYED_SUBSIDISED" -> "s.labour_market_status = 'SUBSIDISED_WORK'";
            case "IN_ACTIVE_SERVICES" -> "s.labour_market_status in ('IN_SERVICE','SUBSIDISED_WORK')";
            // unemployed now, and on every day since a day more than 12 months back: unemployed
            // on that day, and no non-unemployed row took effect after it
            case "LONG_TERM_UNEMPLOYED" -> {
                String back = "date_sub(" + d + ", interval 12 month)";
                yield "s.labour_market_status in ('UNEMPLOYED','LAID_OFF_FULL') and exists (select 1 from"
                        + " cli_situation b where b.job_seeker_id = s.job_seeker_id and "
                        + inForce("b", "date_sub(" + back + ", interval 1 day)")
                        + " and b.labour_market_status in"
                        + " ('UNEMPLOYED','LAID_OFF_FULL')) and not exists (select 1 from cli_situation o"
                        + " where o.job_seeker_id = s.job_seeker_id and o.effective_from >= " + back
                        + " and o.effective_from <= " + d + " and o.labour_market_status not in"
                        + " ('UNEMPLOYED','LAID_OFF_FULL'))";
            }
            default -> servicesCondition(indicator, d);
        };
    }

    /**
     * The services counts over the services module's own tables (svc_service_period, svc_service,
     * svc_plan, svc_plan_version, svc_appointment) and the clients module's (cli_transfer,
     * cli_job_seeker, cli_situation), by the rules of docs/indicators.md, "Services facts".
     */
    private static String servicesCondition(String indicator, String d) {
        String first = "date_sub(" + d + ", interval dayofmonth(" + d + ") - 1 day)";
        String due = "select 1 from svc_appointment a where a.job_seeker_id = s.job_seeker_id"
                + " and a.cancelled_at is null and a.due_on between "
                + first + " and " + d;
        String entered = "coalesce((select t.effective_date from cli_transfer t where t.job_seeker_id = s.job_seeker_id"
                + " and t.effective_date <= " + d + " order by t.effective_date desc, t.id desc limit 1),"
                + " j.registered_on)";
        String firstHeld = "(select min(a.held_on) from svc_appointment a where a.job_seeker_id = s.job_seeker_id"
                + " and a.held_on >= " + entered + ")";
        return switch (indicator) {
            case "IN_ACTIVE_SERVICE_PERIOD" ->
                "exists (select 1 from svc_service_period p join svc_service c on c.code = p.service_code"
                        + " where p.job_seeker_id = s.job_seeker_id and c.active_service and p.status <> 'PLANNED'"
                        + " and p.start_date <= " + d + " and (p.end_date is null or p.end_date >= " + d + "))";
            case "VALID_PLAN" ->
                "exists (select 1 from svc_plan p join svc_plan_version v on v.plan_id = p.id"
                        + " and v.version_number = p.latest_version where p.job_seeker_id = s.job_seeker_id"
                        + " and v.agreed_on <= " + d + " and v.review_due >= " + d + ")";
            case "INTERVIEWS_DUE" -> "exists (" + due + ")";
            case "INTERVIEWS_ALL_ON_TIME" ->
                "exists (" + due + ") and not exists (" + due + " and (a.held_on is null or a.held_on > a.due_on))";
            case "INITIAL_INTERVIEW_DUE" -> "exists (" + due + " and a.kind = 'INITIAL_INTERVIEW')";
            case "INITIAL_INTERVIEW_ON_TIME" ->
                "exists (" + due + " and a.kind = 'INITIAL_INTERVIEW') and not exists (" + due
                        + " and a.kind = 'INITIAL_INTERVIEW' and (a.held_on is null or a.held_on > a.due_on))";
            case "FIRST_APPOINTMENTS" -> firstHeld + " between " + first + " and " + d;
            case "FIRST_APPOINTMENT_WITHIN_14_DAYS" ->
                firstHeld + " between " + first + " and " + d + " and datediff(" + firstHeld + ", " + entered
                        + ") <= 14";
            case "SERVICE_ENDED_3M_BEFORE" -> "exists (" + ended(d, 3, "max(p.end_date)") + ")";
            case "SERVICE_ENDED_6M_BEFORE" -> "exists (" + ended(d, 6, "max(p.end_date)") + ")";
            case "OPEN_EMPLOYMENT_3M_AFTER_SERVICE" -> openAfter(d, 3);
            case "OPEN_EMPLOYMENT_6M_AFTER_SERVICE" -> openAfter(d, 6);
            default -> throw new IllegalArgumentException(indicator);
        };
    }

    /** The last active service period (not planned) of the person ending in the month m months before d's. */
    private static String ended(String d, int months, String what) {
        String back = "date_sub(" + d + ", interval " + months + " month)";
        return "select " + what + " from svc_service_period p join svc_service c on c.code = p.service_code"
                + " where p.job_seeker_id = s.job_seeker_id and c.active_service and p.status <> 'PLANNED'"
                + " and p.end_date between date_sub(" + back + ", interval dayofmonth(" + back + ") - 1 day)"
                + " and last_day(" + back + ") having count(*) > 0";
    }

    /** Employed on the open labour market m months after the end of the last active service ended m months back. */
    private static String openAfter(String d, int months) {
        String day = "date_add((" + ended(d, months, "max(p.end_date)") + "), interval " + months + " month)";
        return "exists (select 1 from cli_situation o where o.job_seeker_id = s.job_seeker_id and " + inForce("o", day)
                + " and o.labour_market_status in ('EMPLOYED','EMPLOYED_PART_TIME','LAID_OFF_PARTIAL'))";
    }
}

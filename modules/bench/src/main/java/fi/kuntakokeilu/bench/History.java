package fi.kuntakokeilu.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bench data set-up, not a measured path: the trial's history after the import, written straight
 * into the clients and services tables with set-based SQL so that it stays linear in the number of
 * customers. The import gives each customer their situation on 2021-02-28; the panel, the reports
 * and the export need the 46 months that follow (2021-03 … 2024-12), and the job-seeker page reads
 * services and appointments. What is written, per customer, from a hash of the customer's id (the
 * same data every run):
 *
 * <ul>
 *   <li>{@value #CHANGES} labour-market status changes spread over 2021-03-02 … 2024-09-30 (one about
 *       every seven months; the status changes of the load scenario follow in the trial's last quarter), the status drawn with weights near the trial's stock (unemployed and
 *       laid off about half, services, subsidised work, open employment, studies), the benefit and
 *       home municipality kept from the imported row;
 *   <li>service periods for about four customers in ten (one or two periods of 1–9 months, the
 *       service from the catalogue, COMPLETED when ended before 2024-12-31, else ONGOING);
 *   <li>{@value #APPOINTMENTS} interviews and job-search discussions (about one every four months),
 *       the rule regime in force on the day, nine in ten held by their due day.
 * </ul>
 *
 * <p>Rows carry {@code recorded_by = 'bench.history'}; no audit rows, no events, no rules run: this
 * is data as it would stand after years of use, not a measurement of writing it.
 */
final class History {

    static final int CHANGES = 6;

    /** Days from 2021-03-02 over which the changes fall: to 2024-09-30 (the load writes after it). */
    static final int CHANGE_DAYS = 1308;

    /** The first day after the set-up history: status changes written under load come from here. */
    static final LocalDate AFTER = LocalDate.of(2024, 10, 1);

    static final int APPOINTMENTS = 12;

    private History() {}

    record Written(long situations, long servicePeriods, long appointments, double seconds) {
        String note() {
            return String.format(
                    Locale.ROOT,
                    "Set up the trial's history by SQL (not measured as a scenario): %,d status changes, %,d service"
                            + " periods, %,d appointments over 2021-03 … 2024-12 in %.1f s.",
                    situations,
                    servicePeriods,
                    appointments,
                    seconds);
        }
    }

    private static String quoted(List<String> codes) {
        return String.join(
                ", ", codes.stream().map(c -> "'" + c.replace("'", "''") + "'").toList());
    }

    static Written write(Environment env, int customers) throws SQLException {
        long begin = System.nanoTime();
        try (Connection connection = env.connection();
                Statement sql = connection.createStatement()) {
            List<String> codes = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select code from svc_service order by sort_order")) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
            if (codes.isEmpty()) {
                throw new IllegalStateException(
                        "the services catalogue (svc_service) is empty: were the migrations run?");
            }
            // From each customer's imported row: the changes that follow it.
            long situations = sql.executeUpdate("insert into cli_situation (job_seeker_id, effective_from,"
                    + " labour_market_status, unemployment_benefit, home_municipality, source, recorded_by, recorded_at)"
                    + " select f.job_seeker_id,"
                    + "  date_add('2021-03-02', interval crc32(concat(f.job_seeker_id, ':', k.seq)) mod " + CHANGE_DAYS
                    + " day),"
                    + "  elt(1 + crc32(concat(f.job_seeker_id, '/', k.seq)) mod 20,"
                    + "   'UNEMPLOYED','UNEMPLOYED','UNEMPLOYED','UNEMPLOYED','UNEMPLOYED','UNEMPLOYED','UNEMPLOYED',"
                    + "   'UNEMPLOYED','LAID_OFF_FULL','LAID_OFF_PARTIAL','IN_SERVICE','IN_SERVICE','SUBSIDISED_WORK',"
                    + "   'EMPLOYED','EMPLOYED','EMPLOYED','EMPLOYED_PART_TIME','STUDENT','STUDENT','NOT_JOB_SEEKING'),"
                    + "  f.unemployment_benefit, f.home_municipality, 'CHANGE', 'bench.history', utc_timestamp(6)"
                    + " from cli_situation f join seq_1_to_" + CHANGES + " k"
                    + " where f.source = 'IMPORT'");
            long periods = sql.executeUpdate("insert into svc_service_period (job_seeker_id, service_code, provider,"
                    + " status, start_date, end_date, recorded_by, recorded_at)"
                    + " select job_seeker_id, service_code, 'Bench provider',"
                    + "  case when end_date < '2024-12-31' then 'COMPLETED' else 'ONGOING' end,"
                    + "  start_date, case when end_date < '2024-12-31' then end_date end, 'bench.history', utc_timestamp(6)"
                    + " from (select j.id as job_seeker_id,"
                    + "   elt(1 + crc32(concat(j.id, '#', k.seq)) mod " + codes.size() + ", " + quoted(codes)
                    + ") as service_code,"
                    + "   date_add('2021-03-15', interval crc32(concat(j.id, '@', k.seq)) mod 1370 day) as start_date,"
                    + "   date_add(date_add('2021-03-15', interval crc32(concat(j.id, '@', k.seq)) mod 1370 day),"
                    + "     interval 1 + crc32(concat(j.id, '%', k.seq)) mod 9 month) as end_date"
                    + "  from cli_job_seeker j join seq_1_to_2 k"
                    + "  where crc32(concat(j.id, '!', k.seq)) mod 10 < 2) p");
            long appointments = sql.executeUpdate("insert into svc_appointment (job_seeker_id, kind, sequence_no,"
                    + " regime, due_on, held_on, source, recorded_by, updated_at)"
                    + " select job_seeker_id, case when k = 1 then 'INITIAL_INTERVIEW'"
                    + "   when k mod 3 = 0 then 'JOB_SEEKER_INTERVIEW' else 'JOB_SEARCH_DISCUSSION' end,"
                    + "  k, case when due_on < '2022-05-02' then 'BEFORE_NORDIC_MODEL' else 'NORDIC_MODEL' end,"
                    + "  due_on, case when due_on <= '2024-12-31' and crc32(concat(job_seeker_id, '~', k)) mod 10 < 9"
                    + "   then date_sub(due_on, interval crc32(concat(job_seeker_id, '^', k)) mod 5 day) end,"
                    + "  'SCHEDULE', 'bench.history', utc_timestamp(6)"
                    + " from (select j.id as job_seeker_id, k.seq as k,"
                    + "   date_add('2021-03-05', interval (k.seq - 1) * 117 + crc32(concat(j.id, '&', k.seq)) mod 60 day)"
                    + "     as due_on"
                    + "  from cli_job_seeker j join seq_1_to_" + APPOINTMENTS + " k) a");
            // The registry repeats the latest situation (for lists and searches): bring it up to date.
            sql.executeUpdate("update cli_job_seeker j join (select job_seeker_id, labour_market_status from"
                    + " (select s.job_seeker_id, s.labour_market_status, row_number() over (partition by s.job_seeker_id"
                    + "   order by s.effective_from desc, s.id desc) as n from cli_situation s) x where n = 1) l"
                    + " on l.job_seeker_id = j.id set j.labour_market_status = l.labour_market_status");
            if (situations != (long) CHANGES * customers || appointments != (long) APPOINTMENTS * customers) {
                throw new IllegalStateException(String.format(
                        Locale.ROOT,
                        "the history does not cover every customer: %,d status changes and %,d appointments for %,d"
                                + " customers (expected %d and %d each)",
                        situations,
                        appointments,
                        customers,
                        CHANGES,
                        APPOINTMENTS));
            }
            return new Written(situations, periods, appointments, (System.nanoTime() - begin) / 1e9);
        }
    }
}

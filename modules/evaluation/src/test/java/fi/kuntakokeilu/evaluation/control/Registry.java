package fi.kuntakokeilu.evaluation.control;

import fi.kuntakokeilu.organisations.MembershipView;
import fi.kuntakokeilu.organisations.MunicipalityView;
import fi.kuntakokeilu.testing.SourceRecords;
import fi.kuntakokeilu.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;

/**
 * Test fixtures written straight into the clients module's tables, as its registry and custody
 * ledger would leave them: a job seeker with a situation history, custody and transfers. Reference
 * data as the shipped files have it for Helsinki, Espoo and Vantaa–Kerava (in trial from 1 March
 * 2021), Vaasa (a comparison municipality) and Turku (neither).
 */
final class Registry {

    static final LocalDate TRIAL_START = LocalDate.of(2021, 3, 1);
    static final LocalDate TRIAL_END = LocalDate.of(2024, 12, 31);

    static final List<MunicipalityView> MUNICIPALITIES = List.of(
            municipality("091", "uusimaa", null, "helsinki"),
            municipality("049", "uusimaa", null, "espoo"),
            municipality("092", "uusimaa", null, "vantaa-kerava"),
            municipality("245", "uusimaa", null, "vantaa-kerava"),
            municipality("905", "pohjanmaa", LocalDate.of(2021, 3, 1), null),
            municipality("853", "varsinais-suomi", null, null));

    private final TestDatabase db;
    private final SourceRecords records;

    /** Empties the panel and the clients registry it is built from. */
    static void emptyPanelAndRegistry(TestDatabase db) {
        db.execute(
                "delete from eva_panel",
                "delete from eva_panel_month",
                "delete from cli_transfer",
                "delete from cli_custody",
                "delete from cli_situation",
                "delete from cli_job_seeker");
    }

    Registry(TestDatabase db) {
        this.db = db;
        this.records = new SourceRecords(db, "T");
    }

    long person(
            LocalDate birth, String motherTongue, LocalDate registered, String home, String status, String benefit) {
        return records.person(birth, motherTongue, registered, home, status, benefit);
    }

    void situation(long id, LocalDate from, String status, String benefit, String home) {
        records.situation(id, from, status, benefit, home);
    }

    void transfer(long id, String fromType, String fromKey, String toType, String toKey, LocalDate day) {
        records.transfer(id, fromType, fromKey, toType, toKey, day);
    }

    static MunicipalityView municipality(String code, String office, LocalDate comparisonSince, String area) {
        List<MembershipView> memberships = area == null
                ? List.of()
                : List.of(new MembershipView(0, area, code, null, null, TRIAL_START, TRIAL_END, 0));
        return new MunicipalityView(code, "Kunta " + code, null, office, comparisonSince, memberships, 0);
    }

    /** Transfers the person from the Uusimaa office to a trial area. */
    void toArea(long id, String area, LocalDate day) {
        transfer(id, "EMPLOYMENT_OFFICE", "uusimaa", "TRIAL_AREA", area, day);
    }

    // ---------------------------------------------------------------- the services module's records

    /** A period in a service of the catalogue (end null: open). */
    void servicePeriod(long id, String service, String status, LocalDate start, LocalDate end) {
        db.execute("insert into svc_service_period (job_seeker_id, service_code, provider, status, start_date,"
                + " end_date, recorded_by, recorded_at) values (" + id + ", '" + service + "', 'Provider', '" + status
                + "', '" + start + "', " + (end == null ? "null" : "'" + end + "'") + ", 'test', now())");
    }

    /** A plan whose latest version was agreed on a day and is to be reviewed by another. */
    void plan(long id, String kind, LocalDate agreed, LocalDate reviewDue) {
        db.execute("insert into svc_plan (job_seeker_id, kind, origin_type, origin_key, latest_version, created_at,"
                + " updated_at) values (" + id + ", '" + kind + "', 'EMPLOYMENT_OFFICE', 'uusimaa', 1, now(), now())");
        long plan = db.count("select max(id) from svc_plan where job_seeker_id = ?", id);
        db.execute("insert into svc_plan_version (plan_id, version_number, job_seeker_id, agreed_on, review_due,"
                + " made_by_type, made_by_key, regime, agreed_actions, recorded_by, recorded_at) values (" + plan
                + ", 1, " + id + ", '" + agreed + "', '" + reviewDue + "', 'EMPLOYMENT_OFFICE', 'uusimaa',"
                + " 'NORDIC', 'Job search', 'test', now())");
    }

    /** An interview or discussion due on a day, held on another (null: not held). */
    void appointment(long id, String kind, LocalDate due, LocalDate held) {
        db.execute("insert into svc_appointment (job_seeker_id, kind, sequence_no, regime, due_on, held_on, source,"
                + " recorded_by, updated_at) values (" + id + ", '" + kind + "', 1, 'NORDIC', '" + due + "', "
                + (held == null ? "null" : "'" + held + "'") + ", 'MANUAL', 'test', now())");
    }
}

package fi.kuntakokeilu.testing;

import java.time.LocalDate;

/**
 * Writes the clients module's source records straight into its tables, for tests that count over
 * them independently ({@link SourceFacts}): a person with their first situation, held by the
 * Uusimaa office; later situations; transfers with the custody they move. Identity codes are the
 * prefix and a serial number, names "Etu"/"Suku" and the serial.
 */
public final class SourceRecords {

    private final TestDatabase db;
    private final String codePrefix;
    private int serial;

    public SourceRecords(TestDatabase db, String codePrefix) {
        this.db = db;
        this.codePrefix = codePrefix;
    }

    /** Registers a person with their first situation, held by the office of their home region. */
    public long person(
            LocalDate birth, String motherTongue, LocalDate registered, String home, String status, String benefit) {
        serial++;
        String code = String.format("%s%010d", codePrefix, serial);
        db.execute("insert into cli_job_seeker (personal_identity_code, first_name, last_name, birth_date, sex,"
                + " mother_tongue, immigrant, registered_on, home_municipality, labour_market_status,"
                + " unemployment_benefit, created_at, updated_at) values ('" + code + "', 'Etu" + serial
                + "', 'Suku" + serial + "', '" + birth + "', 'FEMALE', '" + motherTongue + "', false, '"
                + registered + "', '" + home + "', '" + status + "', '" + benefit + "', now(), now())");
        long id = db.count("select id from cli_job_seeker where personal_identity_code = ?", code);
        db.execute("insert into cli_custody (job_seeker_id, body_type, body_key, since, first_name, last_name)"
                + " select id, 'EMPLOYMENT_OFFICE', 'uusimaa', '" + registered + "', first_name, last_name"
                + " from cli_job_seeker where id = " + id);
        situation(id, registered, status, benefit, home);
        return id;
    }

    public void situation(long id, LocalDate from, String status, String benefit, String home) {
        db.execute("insert into cli_situation (job_seeker_id, effective_from, labour_market_status,"
                + " unemployment_benefit, home_municipality, source, recorded_by, recorded_at) values (" + id
                + ", '" + from + "', '" + status + "', '" + benefit + "', '" + home + "', 'TEST', 'test', now())");
    }

    public void transfer(long id, String fromType, String fromKey, String toType, String toKey, LocalDate day) {
        db.execute(
                "insert into cli_transfer (job_seeker_id, from_type, from_key, to_type, to_key, effective_date,"
                        + " legal_basis, actor, customer_notification, receiving_notification, recorded_at) values ("
                        + id + ", '" + fromType + "', '" + fromKey + "', '" + toType + "', '" + toKey + "', '" + day
                        + "', 'TEST" + day + "', 'test', 'PENDING', 'PENDING', now())",
                "update cli_custody set body_type = '" + toType + "', body_key = '" + toKey + "', since = '" + day
                        + "' where job_seeker_id = " + id);
    }
}

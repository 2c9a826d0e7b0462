package fi.kuntakokeilu.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What plain JDBC reaches on the same work, in the same run, on the same database: the floor each
 * scenario is compared with. Floors write into a scratch schema, into copies of the application's
 * own tables ({@code CREATE TABLE ... LIKE}: the same columns, indexes and character sets; the
 * copies have no foreign keys), the same rows, committed as often as the application commits
 * (the import's and the transfer job's chunk sizes, as configured by default), with nothing else:
 * no validation, no rules, no audit.
 */
final class Floors {

    /** {@code clients.import.chunk-size}. */
    private static final int IMPORT_BATCH = 1000;

    /** {@code clients.transfer.chunk-size}. */
    private static final int TRANSFER_BATCH = 1000;

    private Floors() {}

    /** The import's floor: the same rows inserted as job seekers and their first situation. */
    static double insertExtract(Environment env, Path extract) throws IOException, SQLException {
        try (Connection connection = env.floorConnection();
                Statement ddl = connection.createStatement()) {
            ddl.execute("drop table if exists floor_situation");
            ddl.execute("drop table if exists floor_job_seeker");
            ddl.execute("create table floor_job_seeker like " + Environment.SCHEMA + ".cli_job_seeker");
            ddl.execute("create table floor_situation like " + Environment.SCHEMA + ".cli_situation");
            connection.setAutoCommit(false);
            long begin = System.nanoTime();
            try (BufferedReader in = Files.newBufferedReader(extract, StandardCharsets.UTF_8);
                    PreparedStatement person = connection.prepareStatement(
                            "insert into floor_job_seeker (personal_identity_code, first_name, last_name, birth_date,"
                                    + " sex, mother_tongue, immigrant, education_level, email, phone, street_address,"
                                    + " postal_code, post_office, registered_on, home_municipality, labour_market_status,"
                                    + " unemployment_benefit, created_at, updated_at)"
                                    + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                    PreparedStatement situation = connection.prepareStatement(
                            "insert into floor_situation (job_seeker_id, effective_from, labour_market_status,"
                                    + " unemployment_benefit, home_municipality, source, recorded_by, recorded_at)"
                                    + " values (?,?,?,?,?,'IMPORT','bench',?)")) {
                in.readLine();
                String line;
                long id = 0;
                int inBatch = 0;
                LocalDateTime now = LocalDateTime.now();
                while ((line = in.readLine()) != null) {
                    String[] f = line.split(",", -1);
                    id++;
                    person.setString(1, f[0]);
                    person.setString(2, f[2]);
                    person.setString(3, f[1]);
                    person.setDate(4, Date.valueOf(LocalDate.of(1990, 1, 1)));
                    person.setString(5, (f[0].charAt(9) - '0') % 2 == 1 ? "MALE" : "FEMALE");
                    person.setString(6, f[4]);
                    person.setBoolean(7, Boolean.parseBoolean(f[5]));
                    if (f[6].isEmpty()) {
                        person.setNull(8, Types.TINYINT);
                    } else {
                        person.setInt(8, Integer.parseInt(f[6]));
                    }
                    person.setNull(9, Types.VARCHAR);
                    person.setNull(10, Types.VARCHAR);
                    person.setNull(11, Types.VARCHAR);
                    person.setNull(12, Types.VARCHAR);
                    person.setNull(13, Types.VARCHAR);
                    person.setDate(14, Date.valueOf(f[9]));
                    person.setString(15, f[3]);
                    person.setString(16, f[7]);
                    person.setString(17, f[8]);
                    person.setObject(18, now);
                    person.setObject(19, now);
                    person.addBatch();
                    situation.setLong(1, id);
                    situation.setDate(2, Date.valueOf(f[10]));
                    situation.setString(3, f[7]);
                    situation.setString(4, f[8]);
                    situation.setString(5, f[3]);
                    situation.setObject(6, now);
                    situation.addBatch();
                    if (++inBatch == IMPORT_BATCH) {
                        person.executeBatch();
                        situation.executeBatch();
                        connection.commit();
                        inBatch = 0;
                    }
                }
                person.executeBatch();
                situation.executeBatch();
                connection.commit();
            }
            return (System.nanoTime() - begin) / 1e9;
        }
    }

    /** The bulk transfer's floor: as many transfer rows inserted and custody rows changed. */
    static double writeTransfers(Environment env, long transfers) throws SQLException {
        try (Connection connection = env.floorConnection();
                Statement ddl = connection.createStatement()) {
            ddl.execute("drop table if exists floor_transfer");
            ddl.execute("drop table if exists floor_custody");
            ddl.execute("create table floor_custody like " + Environment.SCHEMA + ".cli_custody");
            ddl.execute("create table floor_transfer like " + Environment.SCHEMA + ".cli_transfer");
            ddl.execute("insert into floor_custody (job_seeker_id, body_type, body_key, since, discretion, first_name,"
                    + " last_name) select seq, 'EMPLOYMENT_OFFICE', 'uusimaa', '2021-01-01', null, 'Etunimi',"
                    + " concat('Sukunimi', seq mod 50) from seq_1_to_"
                    + Math.max(1, transfers));
            connection.setAutoCommit(false);
            long begin = System.nanoTime();
            try (PreparedStatement transfer = connection.prepareStatement(
                            "insert into floor_transfer (job_seeker_id, from_type, from_key, to_type, to_key, effective_date,"
                                    + " legal_basis, rule_version, matched_criteria, actor, transfer_run_id,"
                                    + " customer_notification, receiving_notification, recorded_at)"
                                    + " values (?, 'EMPLOYMENT_OFFICE', 'uusimaa', 'TRIAL_AREA', 'helsinki', '2021-03-01',"
                                    + " 'TRIAL_START', 1, 'UNDER_30', 'bench', 1, 'PENDING', 'PENDING', ?)");
                    PreparedStatement custody = connection.prepareStatement(
                            "update floor_custody set body_type = 'TRIAL_AREA', body_key = 'helsinki', since = '2021-03-01',"
                                    + " discretion = null where job_seeker_id = ? and body_type = 'EMPLOYMENT_OFFICE'"
                                    + " and body_key = 'uusimaa'")) {
                LocalDateTime now = LocalDateTime.now();
                int inBatch = 0;
                for (long id = 1; id <= transfers; id++) {
                    transfer.setLong(1, id);
                    transfer.setObject(2, now);
                    transfer.addBatch();
                    custody.setLong(1, id);
                    custody.addBatch();
                    if (++inBatch == TRANSFER_BATCH) {
                        transfer.executeBatch();
                        custody.executeBatch();
                        connection.commit();
                        inBatch = 0;
                    }
                }
                transfer.executeBatch();
                custody.executeBatch();
                connection.commit();
            }
            return (System.nanoTime() - begin) / 1e9;
        }
    }

    /** {@code evaluation.panel.workers}: a full build writes this many months at once. */
    static final int PANEL_WORKERS = 2;

    /**
     * The panel builds' floor: the same rows written by plain {@code INSERT … SELECT} into a table
     * of the same shape, copied from the panel the build made: one month end on one connection, or
     * all months as the full build writes them, on {@link #PANEL_WORKERS} connections at once (each
     * its own contiguous share of the months). This is the cost of writing the rows; deriving them
     * (interval staging of the situation and custody histories, the month-end joins, the design
     * assignment) is the part of the build the floor does not do.
     */
    static double copyPanel(Environment env, LocalDate monthEnd) throws Exception {
        try (Connection connection = env.floorConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("drop table if exists floor_panel");
            sql.execute("create table floor_panel like " + Environment.SCHEMA + ".eva_panel");
            String copy = "insert into floor_panel select * from " + Environment.SCHEMA + ".eva_panel";
            List<String> shares = new ArrayList<>();
            if (monthEnd != null) {
                shares.add(copy + " where month_end = '" + monthEnd + "'");
            } else {
                List<LocalDate> months = Evaluations.panelMonths(env);
                int size = (months.size() + PANEL_WORKERS - 1) / PANEL_WORKERS;
                for (int from = 0; from < months.size(); from += size) {
                    List<LocalDate> share = months.subList(from, Math.min(months.size(), from + size));
                    shares.add(copy + " where month_end between '" + share.get(0) + "' and '"
                            + share.get(share.size() - 1) + "'");
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(shares.size());
            try {
                long begin = System.nanoTime();
                List<Future<Integer>> copies = new ArrayList<>();
                for (String share : shares) {
                    copies.add(pool.submit(() -> {
                        try (Connection own = env.floorConnection();
                                Statement statement = own.createStatement()) {
                            return statement.executeUpdate(share);
                        }
                    }));
                }
                for (Future<Integer> done : copies) {
                    done.get();
                }
                double seconds = (System.nanoTime() - begin) / 1e9;
                sql.execute("drop table floor_panel");
                return seconds;
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * The export's floor: {@code SELECT … INTO OUTFILE} of the same rows and columns, one file per
     * month end as the export writes them, sorted (by id; the export sorts by pseudonym), not
     * compressed and without pseudonyms. Needs the server's {@code secure_file_priv} to allow a
     * directory: empty (any) or a directory (then the files go there); the bench starts the
     * embedded MariaDB with {@code <work>/outfile}.
     */
    static double outfilePanel(Environment env, List<LocalDate> months, Path directory)
            throws SQLException, IOException {
        try (Connection connection = env.connection();
                Statement sql = connection.createStatement()) {
            String allowed;
            try (ResultSet rows = sql.executeQuery("select @@secure_file_priv")) {
                rows.next();
                allowed = rows.getString(1);
            }
            if (allowed == null) {
                throw new IllegalStateException(
                        "the database's secure_file_priv is NULL: SELECT … INTO OUTFILE is disabled, no floor");
            }
            Path target = allowed.isEmpty() ? directory.toAbsolutePath() : Path.of(allowed);
            Files.createDirectories(target);
            Evaluations.deleteFiles(target);
            String columns = String.join(", ", Evaluations.exportColumns());
            long begin = System.nanoTime();
            for (LocalDate month : months) {
                Path file = target.resolve("panel-" + month.toString().substring(0, 7) + ".csv");
                sql.execute("select " + columns + " from eva_panel where month_end = '" + month + "'"
                        + " order by job_seeker_id into outfile '"
                        + file.toString().replace("'", "''") + "'"
                        + " fields terminated by ',' optionally enclosed by '\"' lines terminated by '\\n'");
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            Evaluations.deleteFiles(target);
            return seconds;
        }
    }
}

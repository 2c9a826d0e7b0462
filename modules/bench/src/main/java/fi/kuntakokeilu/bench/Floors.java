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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What plain JDBC reaches on the same work, in the same run, on the same database: the floor each
 * scenario is compared with. Floors write into a scratch schema with the same table shapes, in
 * batches of 1,000 committed together, with nothing else: no validation, no rules, no audit.
 */
final class Floors {

    private static final int BATCH = 1000;

    private Floors() {}

    /** The import's floor: the same rows inserted as job seekers and their first situation. */
    static double insertExtract(Environment env, Path extract) throws IOException, SQLException {
        try (Connection connection = env.floorConnection();
                Statement ddl = connection.createStatement()) {
            ddl.execute("drop table if exists floor_situation");
            ddl.execute("drop table if exists floor_job_seeker");
            ddl.execute("create table floor_job_seeker (id bigint not null auto_increment primary key,"
                    + " personal_identity_code varchar(11) character set ascii collate ascii_bin not null unique,"
                    + " first_name varchar(100) not null, last_name varchar(100) not null, birth_date date not null,"
                    + " mother_tongue char(3) not null, immigrant boolean not null, registered_on date not null,"
                    + " home_municipality char(3) not null, labour_market_status varchar(30) not null,"
                    + " unemployment_benefit varchar(30) not null, created_at datetime(6) not null,"
                    + " key (last_name, first_name)) engine=InnoDB");
            ddl.execute("create table floor_situation (id bigint not null auto_increment primary key,"
                    + " job_seeker_id bigint not null, effective_from date not null,"
                    + " labour_market_status varchar(30) not null, unemployment_benefit varchar(30) not null,"
                    + " home_municipality char(3) not null, key (job_seeker_id, effective_from)) engine=InnoDB");
            connection.setAutoCommit(false);
            long begin = System.nanoTime();
            try (BufferedReader in = Files.newBufferedReader(extract, StandardCharsets.UTF_8);
                    PreparedStatement person = connection.prepareStatement(
                            "insert into floor_job_seeker (personal_identity_code, first_name, last_name, birth_date,"
                                    + " mother_tongue, immigrant, registered_on, home_municipality, labour_market_status,"
                                    + " unemployment_benefit, created_at) values (?,?,?,?,?,?,?,?,?,?,?)");
                    PreparedStatement situation = connection.prepareStatement(
                            "insert into floor_situation (job_seeker_id, effective_from, labour_market_status,"
                                    + " unemployment_benefit, home_municipality) values (?,?,?,?,?)")) {
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
                    person.setString(5, f[4]);
                    person.setBoolean(6, Boolean.parseBoolean(f[5]));
                    person.setDate(7, Date.valueOf(f[9]));
                    person.setString(8, f[3]);
                    person.setString(9, f[7]);
                    person.setString(10, f[8]);
                    person.setObject(11, now);
                    person.addBatch();
                    situation.setLong(1, id);
                    situation.setDate(2, Date.valueOf(f[10]));
                    situation.setString(3, f[7]);
                    situation.setString(4, f[8]);
                    situation.setString(5, f[3]);
                    situation.addBatch();
                    if (++inBatch == BATCH) {
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
            ddl.execute(
                    "create table floor_custody (job_seeker_id bigint not null primary key,"
                            + " body_type varchar(20) not null, body_key varchar(60) not null, since date not null) engine=InnoDB");
            ddl.execute("create table floor_transfer (id bigint not null auto_increment primary key,"
                    + " job_seeker_id bigint not null, from_type varchar(20) not null, from_key varchar(60) not null,"
                    + " to_type varchar(20) not null, to_key varchar(60) not null, effective_date date not null,"
                    + " legal_basis varchar(30) not null, rule_version int, matched_criteria varchar(200),"
                    + " actor varchar(100) not null, recorded_at datetime(6) not null,"
                    + " unique key (job_seeker_id, effective_date, legal_basis)) engine=InnoDB");
            ddl.execute(
                    "insert into floor_custody select seq, 'EMPLOYMENT_OFFICE', 'uusimaa', '2021-01-01' from seq_1_to_"
                            + Math.max(1, transfers));
            connection.setAutoCommit(false);
            long begin = System.nanoTime();
            try (PreparedStatement transfer = connection.prepareStatement(
                            "insert into floor_transfer (job_seeker_id, from_type, from_key, to_type, to_key, effective_date,"
                                    + " legal_basis, rule_version, matched_criteria, actor, recorded_at)"
                                    + " values (?, 'EMPLOYMENT_OFFICE', 'uusimaa', 'TRIAL_AREA', 'helsinki', '2021-03-01',"
                                    + " 'TRIAL_START', 1, 'UNDER_30', 'bench', ?)");
                    PreparedStatement custody = connection.prepareStatement(
                            "update floor_custody set body_type = 'TRIAL_AREA', body_key = 'helsinki', since = '2021-03-01'"
                                    + " where job_seeker_id = ?")) {
                LocalDateTime now = LocalDateTime.now();
                int inBatch = 0;
                for (long id = 1; id <= transfers; id++) {
                    transfer.setLong(1, id);
                    transfer.setObject(2, now);
                    transfer.addBatch();
                    custody.setLong(1, id);
                    custody.addBatch();
                    if (++inBatch == BATCH) {
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

    /**
     * The panel builds' floor: the same rows written by one plain {@code INSERT … SELECT} into a
     * table of the same shape, copied from the panel the build made (all months, or one month end).
     * This is the cost of writing the rows; deriving them (interval staging of the situation and
     * custody histories, the month-end joins) is the part of the build the floor does not do.
     */
    static double copyPanel(Environment env, LocalDate monthEnd) throws SQLException {
        try (Connection connection = env.floorConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("drop table if exists floor_panel");
            sql.execute("create table floor_panel like " + Environment.SCHEMA + ".eva_panel");
            long begin = System.nanoTime();
            sql.executeUpdate("insert into floor_panel select * from " + Environment.SCHEMA + ".eva_panel"
                    + (monthEnd == null ? "" : " where month_end = '" + monthEnd + "'"));
            double seconds = (System.nanoTime() - begin) / 1e9;
            sql.execute("drop table floor_panel");
            return seconds;
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

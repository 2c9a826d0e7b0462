package fi.kuntakokeilu.evaluation.control;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Plain JDBC on the connection of the current transaction: the panel is built and read set-based,
 * a month at a time, never row by row through entities. The connection is the persistence
 * context's own ({@code EntityManager.unwrap}), so everything commits together.
 */
final class Sql {

    private Sql() {}

    static Connection connection(EntityManager em) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("SQL needs an active transaction");
        }
        return connection;
    }

    static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof LocalDate date) {
            statement.setObject(index, date);
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else {
            statement.setObject(index, value);
        }
    }

    static void setAll(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            set(statement, i + 1, values[i]);
        }
    }

    static int update(EntityManager em, String sql, Object... values) {
        try (PreparedStatement statement = connection(em).prepareStatement(sql)) {
            setAll(statement, values);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    static long number(EntityManager em, String sql, Object... values) {
        try (PreparedStatement statement = connection(em).prepareStatement(sql)) {
            setAll(statement, values);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** A date from SQL, or null. */
    static LocalDate day(EntityManager em, String sql, Object... values) {
        try (PreparedStatement statement = connection(em).prepareStatement(sql)) {
            setAll(statement, values);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getObject(1, LocalDate.class) : null;
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    static LocalDate date(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        LocalDateTime utc = rows.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /** A date as an SQL literal; only for dates this module computed itself, never for input. */
    static String literal(LocalDate day) {
        return "DATE '" + day + "'";
    }

    /** A failure of our own SQL: a bug or a lost database, never the caller's fault. */
    static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException(what + ": " + e.getMessage(), e);
    }
}

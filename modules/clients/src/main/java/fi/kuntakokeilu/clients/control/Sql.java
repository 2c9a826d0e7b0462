package fi.kuntakokeilu.clients.control;

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
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Plain JDBC on the connection of the current transaction, for the bulk paths (transfer runs,
 * imports, the demo population) where per-row entities would cost a round trip each. The
 * connection is the persistence context's own ({@code EntityManager.unwrap}), so SQL and JPA in one
 * transaction see each other's writes and commit together; JPA changes must be flushed before SQL
 * reads them.
 */
final class Sql {

    /** The most values put in one {@code IN (...)} list. */
    static final int IN_LIST = 1000;

    private Sql() {}

    static Connection connection(EntityManager em) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("SQL needs an active transaction");
        }
        return connection;
    }

    static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    /** Splits values into slices small enough for one IN list. */
    static <T> List<List<T>> slices(Collection<T> values) {
        List<T> all = List.copyOf(values);
        java.util.ArrayList<List<T>> slices = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            slices.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
        }
        return slices;
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

    /**
     * A {@code DATE} column, parsed from its text ({@code yyyy-MM-dd}). Not {@code getObject(column,
     * LocalDate.class)}: Payara's result-set wrapper looks that JDBC 4.1 method up by reflection on
     * every call, a fifth of a bulk transfer run's CPU samples (its reader reads two dates a
     * person); nor {@code getDate}, which goes through a {@code Calendar} twice.
     */
    static LocalDate date(ResultSet rows, String column) throws SQLException {
        String text = rows.getString(column);
        if (text == null) {
            return null;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            return LocalDate.of(
                    Integer.parseInt(text, 0, 4, 10),
                    Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        }
        return LocalDate.parse(text);
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        LocalDateTime utc = rows.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    static Integer integer(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    static Long longOrNull(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String text) {
        return text == null ? null : Enum.valueOf(type, text);
    }

    /** A failure of our own SQL: a bug or a lost database, never the caller's fault. */
    static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException(what + ": " + e.getMessage(), e);
    }
}

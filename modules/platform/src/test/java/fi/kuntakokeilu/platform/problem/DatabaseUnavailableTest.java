package fi.kuntakokeilu.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/**
 * A database that cannot be reached answers 503 (retry later), never 500 (docs/operations.md): the
 * failures that mean so, however deeply wrapped, and those that do not.
 */
class DatabaseUnavailableTest {

    /** What JPA and the container wrap a JDBC failure in. */
    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("transaction failed", new RuntimeException("persistence", cause));
    }

    /** A stand-in for the connection pool's own exception, known by its name only. */
    private static final class PoolingException extends Exception {
        private static final long serialVersionUID = 1L;

        PoolingException(String message) {
            super(message);
        }
    }

    @Test
    void aConnectionLostInTheMiddleOfAQueryIsUnavailability() {
        assertThat(DatabaseUnavailable.causedBy(wrapped(new SQLNonTransientConnectionException("socket closed"))))
                .isTrue();
    }

    @Test
    void aRefusedOrTimedOutConnectionIsUnavailability() {
        assertThat(DatabaseUnavailable.causedBy(wrapped(new ConnectException("refused"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(wrapped(new SQLTransientConnectionException("timeout"))))
                .isTrue();
    }

    @Test
    void anSqlStateOfClass08IsUnavailabilityWhateverTheExceptionClass() {
        assertThat(DatabaseUnavailable.causedBy(wrapped(new SQLException("link failure", "08S01"))))
                .isTrue();
    }

    @Test
    void aPoolThatCannotAllocateAConnectionIsUnavailability() {
        assertThat(DatabaseUnavailable.causedBy(
                        wrapped(new SQLException("Error in allocating a connection", new PoolingException("down")))))
                .isTrue();
    }

    @Test
    void aTransactionTheTransactionManagerCouldNotFinishIsUnavailability() {
        assertThat(DatabaseUnavailable.causedBy(
                        wrapped(new jakarta.transaction.SystemException("JTS5031: Exception on Resource [rollback]"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(wrapped(new javax.transaction.xa.XAException("Socket error"))))
                .isTrue();
    }

    @Test
    void aMistakeInSqlOrAnyOtherFailureIsNot() {
        assertThat(DatabaseUnavailable.causedBy(wrapped(new SQLSyntaxErrorException("bad sql", "42000"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new NullPointerException())).isFalse();
    }
}

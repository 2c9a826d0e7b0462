package fi.kuntakokeilu.evaluation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/** A build's workers do a step again only when the database rolled it back as a deadlock's victim. */
class PanelBuildsTest {

    @Test
    void aDeadlockIsRecognisedHoweverDeepTheDriversExceptionLies() {
        SQLException deadlock = new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
        RuntimeException wrapped =
                new IllegalStateException("build month 2024-12", new PersistenceException("insert", deadlock));

        assertThat(PanelBuilds.deadlock(wrapped)).isTrue();
    }

    @Test
    void otherFailuresAreNotDoneAgain() {
        SQLException lockWaitTimeout = new SQLException("Lock wait timeout exceeded", "HY000", 1205);
        SQLException duplicate = new SQLException("Duplicate entry", "23000", 1062);

        assertThat(PanelBuilds.deadlock(new IllegalStateException(lockWaitTimeout)))
                .isFalse();
        assertThat(PanelBuilds.deadlock(new IllegalStateException(duplicate))).isFalse();
        assertThat(PanelBuilds.deadlock(new IllegalStateException("no database at all")))
                .isFalse();
    }
}

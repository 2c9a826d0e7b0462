package fi.kuntakokeilu.clients.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import org.junit.jupiter.api.Test;

/**
 * How a failed chunk ends its run: the database going away interrupts it (it resumes by itself when
 * the database is back); any other failure fails it for a person to look at (docs/operations.md,
 * "Proving it: the fault tests", check 4).
 */
class TransferRunStepListenerTest {

    @Test
    void aLostDatabaseConnectionInterruptsTheRun() {
        var lost = new IllegalStateException(
                "update transfer run", new SQLNonTransientConnectionException("(conn=39) Connection is closed"));

        assertThat(TransferRunStepListener.exitStatus(lost))
                .startsWith(TransferRunStepListener.INTERRUPTED + " ")
                .contains("update transfer run");
    }

    @Test
    void anyOtherFailureFailsTheRun() {
        var broken = new IllegalStateException("read chunk", new SQLSyntaxErrorException("bad SQL"));

        assertThat(TransferRunStepListener.exitStatus(broken))
                .startsWith(TransferRunStepListener.FAILED + " ")
                .contains("IllegalStateException: read chunk");
    }
}

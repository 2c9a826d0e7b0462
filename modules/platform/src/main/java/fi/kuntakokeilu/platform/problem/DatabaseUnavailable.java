package fi.kuntakokeilu.platform.problem;

import jakarta.transaction.SystemException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;

/**
 * Whether a failure means the database cannot be reached just now (restarted, failing over, the
 * network cut), which answers 503 (retry later) rather than 500: a lost or refused connection
 * anywhere in the chain of causes, whatever the layers above wrapped it in (JDBC's connection
 * exceptions and SQLState class 08, the connection pool's allocation failure), or the transaction
 * manager failing to reach the database to finish a transaction (a system exception, an XA
 * failure: the transaction manager reports these as messages, without the socket error as cause).
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 50; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof XAException
                    || cause instanceof SystemException
                    || cause.getClass().getName().endsWith("PoolingException")) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}

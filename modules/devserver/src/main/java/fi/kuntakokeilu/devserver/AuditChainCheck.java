package fi.kuntakokeilu.devserver;

import fi.kuntakokeilu.platform.audit.AuditChain;
import fi.kuntakokeilu.platform.audit.ChainVerification;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * {@code ./mvnw -Paudit}: recomputes every seal of the audit trail straight from the database, with
 * no server running, and says whether the chain is intact (exit 0), broken (1, naming the first
 * seal that does not match) or could not be read (2). The same check as {@code GET
 * /api/v1/audit/chain}, for an auditor who trusts the database more than the application.
 *
 * <p>The database: {@code KUNTAKOKEILU_DB_URL}, {@code _USER}, {@code _PASSWORD}; without them, the
 * embedded database of a running {@code ./mvnw -Prun} on 127.0.0.1:3307.
 */
public final class AuditChainCheck {

    static final String RUN_DATABASE = "jdbc:mariadb://127.0.0.1:3307/kuntakokeilu";

    private AuditChainCheck() {}

    public static void main(String[] args) {
        String url = environment("KUNTAKOKEILU_DB_URL", RUN_DATABASE);
        String user = environment("KUNTAKOKEILU_DB_USER", "root");
        String password = environment("KUNTAKOKEILU_DB_PASSWORD", "");
        System.exit(check(url, user, password, System.out));
    }

    /** @return the exit status: 0 intact, 1 broken, 2 not readable */
    static int check(String url, String user, String password, PrintStream out) {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            ChainVerification verification = AuditChain.verify(connection);
            out.printf(
                    "Audit trail: %d seals over %d events, %d events not sealed yet%n",
                    verification.seals(), verification.sealedEvents(), verification.unsealedEvents());
            if (verification.valid()) {
                out.println("The chain is intact.");
                return 0;
            }
            out.printf("The chain is BROKEN at seal %d: %s%n", verification.firstBrokenSeal(), verification.problem());
            return 1;
        } catch (SQLException e) {
            out.println("Cannot read the audit trail at " + url + ": " + e.getMessage());
            return 2;
        }
    }

    private static String environment(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package fi.kuntakokeilu.web.it.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The one running server of the HTTP and browser tests: the real WAR on Payara Micro over the
 * embedded MariaDB, in demo mode (demo accounts, password {@code demo}). Tests share it, so each
 * test makes its own data (distinct keys) and never relies on another test's.
 */
public final class RunningServer {

    public static final String PASSWORD = "demo";

    private RunningServer() {}

    public static URI baseUri() {
        return IntegrationEnvironment.server().baseUri();
    }

    public static URI uri(String path) {
        return baseUri().resolve(path);
    }

    /** A direct connection to the server's database, for counts independent of the application. */
    public static Connection database() throws SQLException {
        IntegrationEnvironment.server();
        return DriverManager.getConnection(IntegrationEnvironment.httpSchemaUrl(), "root", "");
    }
}

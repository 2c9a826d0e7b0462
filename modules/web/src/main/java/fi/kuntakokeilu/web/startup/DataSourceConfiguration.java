package fi.kuntakokeilu.web.startup;

import fi.kuntakokeilu.platform.schema.Database;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source. Its address and credentials come from MicroProfile Config
 * ({@code kuntakokeilu.db.url}, {@code .user}, {@code .password}; environment variables {@code
 * KUNTAKOKEILU_DB_URL} and so on override), so the same WAR runs on the embedded database and on
 * any MariaDB. Connections are validated before use with a round trip to the server (GlassFish's
 * MySQL validation, which the MariaDB protocol answers; the pool's "meta-data" validation never
 * reaches the server and lets a connection the database closed through), and one failed validation
 * drops the whole pool, so a restarted database is reconnected without manual action. A connection
 * is validated at most once in five seconds: a request otherwise spends a round trip on each of
 * its connections before its first statement. Should the database go in those seconds, a statement
 * on a connection not validated again fails as a lost connection (503, like any request during the
 * outage) and the next validation drops the pool; the cluster fault test's database restart under
 * load checks that requests recover by themselves.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=kuntakokeilu.db.url}",
        user = "${MPCONFIG=kuntakokeilu.db.user}",
        password = "${MPCONFIG=kuntakokeilu.db.password}",
        minPoolSize = 2,
        maxPoolSize = 64,
        initialPoolSize = 2,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=5",
            "fish.payara.fail-all-connections=true",
            "fish.payara.connection-leak-timeout-in-seconds=0"
        })
@ApplicationScoped
public class DataSourceConfiguration {

    public static final String JNDI_NAME = Database.DATA_SOURCE;
}

package fi.kuntakokeilu.web.startup;

import fi.kuntakokeilu.platform.lifecycle.SchemaReady;
import fi.kuntakokeilu.platform.schema.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What happens before the application takes its first request: every module's schema is migrated
 * (platform first), then {@link SchemaReady} lets the modules load reference data and, in demo
 * mode, demo data. Deployment waits for this bean, so readiness never reports UP on an old schema.
 *
 * <p>Flyway manages its own transactions, which a container transaction would break (the data
 * source is XA-capable and Flyway's work fails inside one), hence bean-managed transactions here.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    @Inject
    @ConfigProperty(name = "kuntakokeilu.demo.enabled", defaultValue = "false")
    boolean demo;

    private volatile boolean started;

    @PostConstruct
    void start() {
        Instant begin = Instant.now();
        SchemaMigrator.migrate(dataSource, SchemaMigrator.MODULES);
        schemaReady.fire(new SchemaReady(demo));
        started = true;
        LOG.info(() -> "Kuntakokeilu started in "
                + Duration.between(begin, Instant.now()).toMillis() + " ms"
                + (demo ? " (demo mode: demo accounts and data)" : ""));
    }

    public boolean started() {
        return started;
    }
}

package fi.kuntakokeilu.platform.boundary;

import fi.kuntakokeilu.platform.audit.AuditChain;
import fi.kuntakokeilu.platform.schema.Database;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals the audit trail every minute (see {@link AuditChain}). Every instance runs the timer; the
 * chain's unique link lets only one of them add each block, so no lease is needed.
 */
@Singleton
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());
    private static final int BLOCKS_PER_RUN = 50;

    @Resource(lookup = Database.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "platform.audit.seal.margin", defaultValue = "PT5M")
    Duration margin;

    @Inject
    @ConfigProperty(name = "platform.audit.seal.block-size", defaultValue = "100000")
    int blockSize;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "audit trail sealer")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sealRecentEvents() {
        try (Connection connection = dataSource.getConnection()) {
            for (int i = 0; i < BLOCKS_PER_RUN; i++) {
                if (AuditChain.seal(connection, clock.instant(), margin, blockSize)
                        .isEmpty()) {
                    return;
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Sealing the audit trail failed; the next run tries again", e);
        }
    }
}

package fi.kuntakokeilu.platform.boundary;

import fi.kuntakokeilu.platform.audit.AuditChain;
import fi.kuntakokeilu.platform.audit.ChainVerification;
import fi.kuntakokeilu.platform.schema.Database;
import fi.kuntakokeilu.platform.security.Allow;
import fi.kuntakokeilu.platform.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/audit}: the audit trail's own integrity, for administrators. */
@Path("v1/audit")
@Tag(name = "Audit")
@RequestScoped
@Allow(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Resource(lookup = Database.DATA_SOURCE)
    DataSource dataSource;

    @GET
    @Path("chain")
    @Operation(summary = "Recompute every seal of the audit trail and report the first that does not match")
    public ChainVerification verifyChain() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return AuditChain.verify(connection);
        }
    }
}

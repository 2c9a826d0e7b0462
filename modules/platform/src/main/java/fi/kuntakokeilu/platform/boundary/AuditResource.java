package fi.kuntakokeilu.platform.boundary;

import fi.kuntakokeilu.platform.audit.AuditChain;
import fi.kuntakokeilu.platform.audit.AuditReview;
import fi.kuntakokeilu.platform.audit.BreakGlassEntry;
import fi.kuntakokeilu.platform.audit.BreakGlassReview;
import fi.kuntakokeilu.platform.audit.ChainVerification;
import fi.kuntakokeilu.platform.schema.Database;
import fi.kuntakokeilu.platform.security.Allow;
import fi.kuntakokeilu.platform.security.CurrentUser;
import fi.kuntakokeilu.platform.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/audit}: the audit trail's own integrity, and the review of records opened outside
 * their reader's scope (break-glass), for administrators.
 */
@Path("v1/audit")
@Tag(name = "Audit")
@RequestScoped
@Allow(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Resource(lookup = Database.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    AuditReview audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Validator validator;

    @GET
    @Path("chain")
    @Operation(summary = "Recompute every seal of the audit trail and report the first that does not match")
    public ChainVerification verifyChain() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return AuditChain.verify(connection);
        }
    }

    @GET
    @Path("break-glass")
    @Operation(summary = "Records opened outside their reader's scope, newest first, for review")
    public List<BreakGlassEntry> breakGlass(
            @QueryParam("show") @DefaultValue("WAITING") Shown shown,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return audit.breakGlassEntries(shown == Shown.WAITING, limit);
    }

    /** Which break-glass entries to list. */
    public enum Shown {
        /** Those no administrator has reviewed yet. */
        WAITING,
        ALL
    }

    @POST
    @Path("break-glass/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the review of a break-glass entry (once)")
    public BreakGlassEntry review(@PathParam("id") long id, BreakGlassReview review) {
        // Validated here, after the role check of @Allow, so that only administrators learn what a
        // review must contain.
        var violations = validator.validate(review == null ? new BreakGlassReview(null) : review);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return audit.reviewBreakGlass(id, currentUser.require(), review.note());
    }
}

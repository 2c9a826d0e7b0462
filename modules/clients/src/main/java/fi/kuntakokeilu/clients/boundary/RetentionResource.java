package fi.kuntakokeilu.clients.boundary;

import fi.kuntakokeilu.clients.Clients;
import fi.kuntakokeilu.clients.RetentionReport;
import fi.kuntakokeilu.clients.RetentionRunRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/retention}: the clients module's retention rules, dry run and run (administrators). */
@Path("v1/retention")
@Tag(name = "Data protection")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    Clients clients;

    @GET
    @Operation(summary = "Dry run: what the nightly retention job would remove today, changing nothing")
    public RetentionReport preview() {
        return clients.retentionPreview();
    }

    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply the retention rules now, as the nightly job does; the body names today")
    public RetentionReport apply(RetentionRunRequest request) {
        return clients.applyRetention(request);
    }
}

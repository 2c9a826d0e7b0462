package fi.kuntakokeilu.clients.boundary;

import fi.kuntakokeilu.clients.BodyType;
import fi.kuntakokeilu.clients.Clients;
import fi.kuntakokeilu.clients.Page;
import fi.kuntakokeilu.clients.PreviewItem;
import fi.kuntakokeilu.clients.TransferRunRequest;
import fi.kuntakokeilu.clients.TransferRunView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/transfer-runs}: bulk transfer runs as batch jobs. Starting one answers 202 with
 * its address; polling it shows progress and counts until it is COMPLETED or FAILED.
 */
@Path("v1/transfer-runs")
@Tag(name = "Transfers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferRunsResource {

    @Inject
    Clients clients;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Start a bulk transfer run for a day, optionally one area, optionally dry")
    public Response start(TransferRunRequest request) {
        TransferRunView run = clients.startTransferRun(request);
        return Response.accepted(run)
                .location(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(run.id()))
                        .build())
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A run's status, progress and counts by area, office, basis and criterion")
    public TransferRunView get(@PathParam("id") long id) {
        return clients.transferRun(id);
    }

    @POST
    @Path("{id}/restart")
    @Operation(summary = "Restart a failed run, or a silent one, from its last checkpoint")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(clients.restartTransferRun(id)).build();
    }

    @GET
    @Path("{id}/preview")
    @Operation(summary = "Whom a run transfers (a dry run: would transfer), by receiving area or office")
    public Page<PreviewItem> preview(
            @PathParam("id") long id,
            @QueryParam("area") String area,
            @QueryParam("office") String office,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("100") int size) {
        if (area != null) {
            return clients.transferRunPreview(id, BodyType.TRIAL_AREA, area, page, size);
        }
        if (office != null) {
            return clients.transferRunPreview(id, BodyType.EMPLOYMENT_OFFICE, office, page, size);
        }
        return clients.transferRunPreview(id, null, null, page, size);
    }
}

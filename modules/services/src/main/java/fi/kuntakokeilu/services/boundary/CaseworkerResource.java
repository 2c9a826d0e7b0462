package fi.kuntakokeilu.services.boundary;

import fi.kuntakokeilu.services.CaseworkerAssignmentRequest;
import fi.kuntakokeilu.services.ResponsibleCaseworkerView;
import fi.kuntakokeilu.services.Services;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/job-seekers/{id}/caseworker}: the customer's responsible caseworker within their
 * trial area, with the history of assignments (effective dated, never overwritten).
 */
@Path("v1/job-seekers/{id}/caseworker")
@Tag(name = "Customer services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseworkerResource {

    @Inject
    Services services;

    @GET
    @Operation(summary = "The responsible caseworker now, every earlier assignment, and the version to assign on")
    public ResponsibleCaseworkerView caseworker(@PathParam("id") long id) {
        return services.caseworker(id);
    }

    @PUT
    @Operation(
            summary = "Make a caseworker responsible from a day on (caseworkers: themselves; area managers: any"
                    + " caseworker of the area), given the version read (409 when stale)")
    public ResponsibleCaseworkerView assign(@PathParam("id") long id, CaseworkerAssignmentRequest request) {
        return services.assignCaseworker(id, request);
    }
}

package fi.kuntakokeilu.services.boundary;

import fi.kuntakokeilu.services.ServicePeriodRequest;
import fi.kuntakokeilu.services.ServicePeriodView;
import fi.kuntakokeilu.services.Services;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/job-seekers/{id}/service-periods}: a customer's periods in services of the catalogue. */
@Path("v1/job-seekers/{id}/service-periods")
@Tag(name = "Customer services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServicePeriodsResource {

    @Inject
    Services services;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The customer's service periods")
    public List<ServicePeriodView> periods(@PathParam("id") long id) {
        return services.servicePeriods(id);
    }

    @POST
    @Operation(summary = "Add a service period")
    public Response add(@PathParam("id") long id, ServicePeriodRequest request) {
        ServicePeriodView period = services.addServicePeriod(id, request);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(period.id()))
                        .build())
                .entity(period)
                .build();
    }

    @PUT
    @Path("{periodId}")
    @Operation(summary = "Change a service period, given the version read (409 when stale)")
    public ServicePeriodView change(
            @PathParam("id") long id, @PathParam("periodId") long periodId, ServicePeriodRequest request) {
        return services.changeServicePeriod(id, periodId, request);
    }
}

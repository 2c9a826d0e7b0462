package fi.kuntakokeilu.services.boundary;

import fi.kuntakokeilu.services.AppointmentCancellation;
import fi.kuntakokeilu.services.AppointmentRequest;
import fi.kuntakokeilu.services.AppointmentView;
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

/** {@code /api/v1/job-seekers/{id}/appointments}: interviews and discussions, scheduled or booked. */
@Path("v1/job-seekers/{id}/appointments")
@Tag(name = "Customer services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppointmentsResource {

    @Inject
    Services services;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The customer's interviews and discussions by due date, with where each stands today")
    public List<AppointmentView> appointments(@PathParam("id") long id) {
        return services.appointments(id);
    }

    @POST
    @Operation(summary = "Book an interview or discussion")
    public Response add(@PathParam("id") long id, AppointmentRequest request) {
        AppointmentView appointment = services.addAppointment(id, request);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(appointment.id()))
                        .build())
                .entity(appointment)
                .build();
    }

    @PUT
    @Path("{appointmentId}")
    @Operation(summary = "Move an appointment or record it held, given the version read (409 when stale)")
    public AppointmentView change(
            @PathParam("id") long id, @PathParam("appointmentId") long appointmentId, AppointmentRequest request) {
        return services.changeAppointment(id, appointmentId, request);
    }

    @POST
    @Path("{appointmentId}/cancellation")
    @Operation(
            summary = "Cancel an appointment with a reason, given the version read (409 when stale);"
                    + " it stays in the case history as cancelled")
    public AppointmentView cancel(
            @PathParam("id") long id, @PathParam("appointmentId") long appointmentId, AppointmentCancellation request) {
        return services.cancelAppointment(id, appointmentId, request);
    }
}

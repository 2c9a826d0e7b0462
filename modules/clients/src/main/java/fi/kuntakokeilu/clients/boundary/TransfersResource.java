package fi.kuntakokeilu.clients.boundary;

import fi.kuntakokeilu.clients.Clients;
import fi.kuntakokeilu.clients.ConsentRejection;
import fi.kuntakokeilu.clients.KeepRequest;
import fi.kuntakokeilu.clients.NotificationRequest;
import fi.kuntakokeilu.clients.TransferOrderView;
import fi.kuntakokeilu.clients.TransferView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/transfers}: the worklist of transfers waiting (entry orders with their deadlines,
 * consent requests), what staff do with them, and notifications of transfers made.
 */
@Path("v1/transfers")
@Tag(name = "Transfers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransfersResource {

    @Inject
    Clients clients;

    @GET
    @Path("pending")
    @Operation(summary = "Open transfer orders you must act on, earliest deadline first")
    public List<TransferOrderView> pending() {
        return clients.pendingTransfers();
    }

    @POST
    @Path("orders/{id}/carry-out")
    @Operation(summary = "Carry out an entry order now (office staff)")
    public TransferView carryOut(@PathParam("id") long id) {
        return clients.carryOut(id);
    }

    @POST
    @Path("orders/{id}/keep")
    @Operation(summary = "Keep the customer at the office on discretionary grounds (office staff, from 1.6.2021)")
    public TransferOrderView keep(@PathParam("id") long id, KeepRequest request) {
        return clients.keep(id, request);
    }

    @POST
    @Path("orders/{id}/accept")
    @Operation(summary = "Consent to take a customer offered to your area (area managers)")
    public TransferView accept(@PathParam("id") long id) {
        return clients.acceptConsent(id);
    }

    @POST
    @Path("orders/{id}/reject")
    @Operation(summary = "Refuse a customer offered to your area, saying why (area managers)")
    public TransferOrderView reject(@PathParam("id") long id, ConsentRejection rejection) {
        return clients.rejectConsent(id, rejection);
    }

    @POST
    @Path("{id}/notifications")
    @Operation(summary = "Record that the customer or the receiving body has been told of a transfer")
    public TransferView notified(@PathParam("id") long id, NotificationRequest request) {
        return clients.markNotified(id, request);
    }
}

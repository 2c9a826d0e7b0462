package fi.kuntakokeilu.organisations.boundary;

import fi.kuntakokeilu.organisations.MembershipRequest;
import fi.kuntakokeilu.organisations.Organisations;
import fi.kuntakokeilu.organisations.TrialAreaRequest;
import fi.kuntakokeilu.organisations.TrialAreaView;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/trial-areas}: the trial areas and their municipalities over time. */
@Path("v1/trial-areas")
@Tag(name = "Organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrialAreasResource {

    @Inject
    Organisations organisations;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "All trial areas with their member municipalities")
    public List<TrialAreaView> list() {
        return organisations.trialAreas();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One trial area")
    public TrialAreaView get(@PathParam("key") String key) {
        return organisations.trialArea(key);
    }

    @POST
    @Operation(summary = "Add a trial area (administrators)")
    public Response create(TrialAreaRequest request) {
        TrialAreaView created = organisations.createTrialArea(request);
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(created.key()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{key}")
    @Operation(summary = "Change a trial area's facts (administrators; send the version you read)")
    public TrialAreaView update(@PathParam("key") String key, TrialAreaRequest request) {
        return organisations.updateTrialArea(key, request);
    }

    @POST
    @Path("{key}/memberships")
    @Operation(summary = "Add a municipality to the area from a date (administrators)")
    public Response addMembership(@PathParam("key") String key, MembershipRequest request) {
        TrialAreaView area = organisations.addMembership(key, request);
        return Response.status(Response.Status.CREATED).entity(area).build();
    }

    /** The last day of a membership, and the version the caller read. */
    public record MembershipEnd(LocalDate validTo, long version) {}

    @PUT
    @Path("{key}/memberships/{id}")
    @Operation(summary = "End a membership on its last day (administrators)")
    public TrialAreaView endMembership(@PathParam("key") String key, @PathParam("id") long id, MembershipEnd end) {
        if (end == null) {
            return organisations.endMembership(key, id, null, -1);
        }
        return organisations.endMembership(key, id, end.validTo(), end.version());
    }
}

package fi.kuntakokeilu.clients.boundary;

import fi.kuntakokeilu.clients.BreakGlassRequest;
import fi.kuntakokeilu.clients.Clients;
import fi.kuntakokeilu.clients.DiscretionaryTransferRequest;
import fi.kuntakokeilu.clients.JobSeekerRequest;
import fi.kuntakokeilu.clients.JobSeekerSummary;
import fi.kuntakokeilu.clients.JobSeekerView;
import fi.kuntakokeilu.clients.Page;
import fi.kuntakokeilu.clients.SituationChangeRequest;
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
 * {@code /api/v1/job-seekers}: the registry, by surrogate id (an identity code never appears in an
 * address). Scope and roles are the facade's: out-of-scope people answer 404, evaluators 403.
 */
@Path("v1/job-seekers")
@Tag(name = "Job seekers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JobSeekersResource {

    @Inject
    Clients clients;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Register a job seeker (administrators, office staff)")
    public Response register(JobSeekerRequest request) {
        JobSeekerView created = clients.register(request);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "Job seekers in your scope: by identity code, by name (q), or all, a page at a time")
    public Page<JobSeekerSummary> search(
            @QueryParam("personalIdentityCode") String personalIdentityCode,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return clients.search(personalIdentityCode, q, page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A job seeker with the body responsible now and the custody history")
    public JobSeekerView get(@PathParam("id") long id) {
        return clients.jobSeeker(id);
    }

    @POST
    @Path("{id}/status-changes")
    @Operation(summary = "Record a change of status, benefit or home municipality from a day; re-evaluates the person")
    public JobSeekerView changeSituation(@PathParam("id") long id, SituationChangeRequest request) {
        return clients.changeSituation(id, request);
    }

    @POST
    @Path("{id}/discretionary-transfers")
    @Operation(
            summary = "Return a customer to the office, or offer them to another trial area, on discretionary grounds")
    public JobSeekerView transferOnDiscretion(@PathParam("id") long id, DiscretionaryTransferRequest request) {
        return clients.transferOnDiscretion(id, request);
    }

    @POST
    @Path("{id}/break-glass")
    @Operation(
            summary = "Open a customer outside your areas with a written reason (area managers); audited and reviewed")
    public JobSeekerView openOutsideScope(@PathParam("id") long id, BreakGlassRequest request) {
        return clients.openOutsideScope(id, request);
    }
}

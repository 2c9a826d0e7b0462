package fi.kuntakokeilu.services.boundary;

import fi.kuntakokeilu.services.PlanRequest;
import fi.kuntakokeilu.services.PlanVersionView;
import fi.kuntakokeilu.services.PlanView;
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

/**
 * {@code /api/v1/job-seekers/{id}/plans}: a customer's plans and their versions. Scope and roles are
 * the facade's: out-of-scope customers answer 404, evaluators 403; a stale version 409.
 */
@Path("v1/job-seekers/{id}/plans")
@Tag(name = "Customer services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlansResource {

    @Inject
    Services services;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The customer's plans with their latest versions; inherited plans show their origin")
    public List<PlanView> plans(@PathParam("id") long id) {
        return services.plans(id);
    }

    @POST
    @Operation(summary = "Make a plan; draws the interview schedule of the rule regime in force")
    public Response create(@PathParam("id") long id, PlanRequest request) {
        PlanView plan = services.createPlan(id, request);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(plan.id()))
                        .build())
                .entity(plan)
                .build();
    }

    @GET
    @Path("{planId}")
    @Operation(summary = "A plan with its latest version")
    public PlanView plan(@PathParam("id") long id, @PathParam("planId") long planId) {
        return services.plan(id, planId);
    }

    @PUT
    @Path("{planId}")
    @Operation(summary = "Update a plan: a new version, given the version it was made to (409 when stale)")
    public PlanView update(@PathParam("id") long id, @PathParam("planId") long planId, PlanRequest request) {
        return services.updatePlan(id, planId, request);
    }

    @GET
    @Path("{planId}/versions")
    @Operation(summary = "Every version of a plan, the first first")
    public List<PlanVersionView> versions(@PathParam("id") long id, @PathParam("planId") long planId) {
        return services.planVersions(id, planId);
    }
}

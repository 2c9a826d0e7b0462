package fi.kuntakokeilu.organisations.boundary;

import fi.kuntakokeilu.organisations.AdoptionRequest;
import fi.kuntakokeilu.organisations.GoodPracticePage;
import fi.kuntakokeilu.organisations.GoodPracticeRequest;
import fi.kuntakokeilu.organisations.GoodPracticeView;
import fi.kuntakokeilu.organisations.GoodPractices;
import fi.kuntakokeilu.organisations.PracticeSpread;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/good-practices}: the good-practice library of the trial areas. */
@Path("v1/good-practices")
@Tag(name = "Good practices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoodPracticesResource {

    @Inject
    GoodPractices practices;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Search practices by text in title, description or tags, by tag, area or language")
    public GoodPracticePage search(
            @QueryParam("q") String q,
            @QueryParam("tag") String tag,
            @QueryParam("area") String area,
            @QueryParam("language") String language,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return practices.search(q, tag, area, language, page, size);
    }

    @GET
    @Path("spread")
    @Operation(summary = "Which practices spread: each with the areas that took it up (ministry, managers)")
    public List<PracticeSpread> spread() {
        return practices.spread();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One practice with the areas that took it up")
    public GoodPracticeView get(@PathParam("id") long id) {
        return practices.practice(id);
    }

    @POST
    @Operation(summary = "Publish a practice of your area (area managers, administrators)")
    public Response publish(GoodPracticeRequest request) {
        GoodPracticeView created = practices.publish(request);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a practice of your area (send the version you read; 409 when stale)")
    public GoodPracticeView update(@PathParam("id") long id, GoodPracticeRequest request) {
        return practices.update(id, request);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Withdraw a practice of your area (?version= the version you read; 409 when stale)")
    public Response withdraw(@PathParam("id") long id, @QueryParam("version") Long version) {
        practices.withdraw(id, version);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/adoptions")
    @Operation(summary = "Record that your area took the practice up")
    public Response adopt(@PathParam("id") long id, AdoptionRequest request) {
        GoodPracticeView practice = practices.adopt(id, request);
        return Response.status(Response.Status.CREATED).entity(practice).build();
    }
}

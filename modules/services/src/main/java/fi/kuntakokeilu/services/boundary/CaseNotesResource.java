package fi.kuntakokeilu.services.boundary;

import fi.kuntakokeilu.services.CaseNoteRequest;
import fi.kuntakokeilu.services.CaseNoteView;
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

/** {@code /api/v1/job-seekers/{id}/notes}: case notes, plain text (escape wherever shown). */
@Path("v1/job-seekers/{id}/notes")
@Tag(name = "Customer services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseNotesResource {

    @Inject
    Services services;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The customer's case notes, the newest first")
    public List<CaseNoteView> notes(@PathParam("id") long id) {
        return services.notes(id);
    }

    @POST
    @Operation(summary = "Write a case note")
    public Response add(@PathParam("id") long id, CaseNoteRequest request) {
        CaseNoteView note = services.addNote(id, request);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(note.id()))
                        .build())
                .entity(note)
                .build();
    }

    @PUT
    @Path("{noteId}")
    @Operation(summary = "Rewrite a case note, given the version read (409 when stale)")
    public CaseNoteView change(@PathParam("id") long id, @PathParam("noteId") long noteId, CaseNoteRequest request) {
        return services.changeNote(id, noteId, request);
    }
}

package fi.kuntakokeilu.evaluation.boundary;

import fi.kuntakokeilu.evaluation.Evaluation;
import fi.kuntakokeilu.evaluation.ExportManifest;
import fi.kuntakokeilu.evaluation.ExportRequest;
import fi.kuntakokeilu.evaluation.ExportView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/exports}: the pseudonymised research exports (nightly and on demand), their
 * progress, manifests and files. Evaluators and administrators; no file holds a name, an identity
 * code or a birth date. Every download is audited and written to the export's delivery log.
 */
@Path("v1/exports")
@Tag(name = "Evaluation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExportsResource {

    @Inject
    Evaluation evaluation;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The latest exports, newest first, with progress and files")
    public List<ExportView> list() {
        return evaluation.exports();
    }

    @POST
    @Operation(summary = "Start an export now: of the panel as it stands (a new snapshot) or of an earlier snapshot")
    public Response start(ExportRequest request) {
        ExportView export = evaluation.startExport(request);
        return Response.accepted(export)
                .location(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(export.id()))
                        .build())
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An export's status, progress and files")
    public ExportView get(@PathParam("id") long id) {
        return evaluation.export(id);
    }

    @POST
    @Path("{id}/restart")
    @Operation(summary = "Restart a failed or interrupted export from its checkpoint (administrators)")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(evaluation.restartExport(id)).build();
    }

    @GET
    @Path("{id}/manifest")
    @Operation(
            summary = "What an export holds: snapshot, data version, rule and indicator versions, files with"
                    + " row counts and SHA-256")
    public ExportManifest manifest(@PathParam("id") long id) {
        return evaluation.manifest(id);
    }

    @GET
    @Path("{id}/files/{name}")
    @Produces({"application/gzip", "text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download one file of an export")
    public Response file(@PathParam("id") long id, @PathParam("name") String name) {
        Evaluation.ExportFileDownload file = evaluation.download(id, name);
        StreamingOutput body = out -> Files.copy(file.path(), out);
        return Response.ok(body, file.mediaType())
                .header("Content-Length", file.bytes())
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                .build();
    }
}

package fi.kuntakokeilu.clients.boundary;

import fi.kuntakokeilu.clients.Clients;
import fi.kuntakokeilu.clients.ImportReport;
import fi.kuntakokeilu.clients.ImportRowError;
import fi.kuntakokeilu.clients.Page;
import fi.kuntakokeilu.platform.i18n.Languages;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/imports/job-seekers}: an employment-office customer extract as {@code text/csv}
 * (docs/import-format.md), streamed. The answer is the import's report: rows added, changed,
 * unchanged and refused, each refused row with its line, column and reason in the caller's
 * language.
 */
@Path("v1/imports/job-seekers")
@Tag(name = "Job seekers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobSeekerImportResource {

    @Inject
    Clients clients;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import a customer extract (administrators)")
    public Response importCsv(InputStream csv) {
        ImportReport report = clients.importJobSeekers(csv, language());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(report.id()))
                        .build())
                .entity(report)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import's report")
    public ImportReport report(@PathParam("id") long id) {
        return clients.importReport(id, language());
    }

    @GET
    @Path("{id}/errors")
    @Operation(summary = "Every refused row of an import, a page at a time")
    public Page<ImportRowError> errors(
            @PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("1000") int size) {
        return clients.importErrors(id, page, size, language());
    }

    private Locale language() {
        return Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}

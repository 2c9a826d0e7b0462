package fi.kuntakokeilu.reporting.boundary;

import fi.kuntakokeilu.reporting.Benchmark;
import fi.kuntakokeilu.reporting.Reports;
import fi.kuntakokeilu.reporting.control.EntityTags;
import fi.kuntakokeilu.reporting.control.JsonReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/benchmarks}: one indicator ranked across the trial areas, each with its trend, with
 * an entity tag like the reports.
 */
@Path("v1/benchmarks")
@Tag(name = "Reports")
@RequestScoped
public class BenchmarksResource {

    @Inject
    Reports reports;

    @Context
    Request request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "An indicator ranked across trial areas in a month (the latest when none is given), with"
                    + " each area's twelve-month trend; an area manager's own areas are marked")
    public Response benchmark(@QueryParam("indicator") String indicator, @QueryParam("month") String month) {
        Benchmark benchmark = reports.benchmark(indicator, ReportRequests.month(month, false));
        byte[] json = JsonReport.write(benchmark);
        EntityTag tag = new EntityTag(EntityTags.of("benchmark", Locale.ROOT, json));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response =
                notModified != null ? notModified : Response.ok(json, MediaType.APPLICATION_JSON + ";charset=UTF-8");
        return response.tag(tag).cacheControl(ReportRequests.revalidate()).build();
    }
}

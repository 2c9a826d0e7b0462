package fi.kuntakokeilu.reporting.boundary;

import fi.kuntakokeilu.platform.i18n.Languages;
import fi.kuntakokeilu.reporting.ReportDocument;
import fi.kuntakokeilu.reporting.ReportFormat;
import fi.kuntakokeilu.reporting.Reports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/reports}: the ministry's monthly status report, one resource in four forms chosen
 * by {@code Accept} (JSON when the client names none), labels in the language of {@code
 * Accept-Language} (Finnish by default). Each answer carries a strong entity tag; a client that
 * sends it back in {@code If-None-Match} gets 304 without the body.
 */
@Path("v1/reports")
@Tag(name = "Reports")
@RequestScoped
public class ReportsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<Variant> VARIANTS = Variant.mediaTypes(Arrays.stream(ReportFormat.values())
                    .map(format -> MediaType.valueOf(format.mediaType()))
                    .toArray(MediaType[]::new))
            .build();

    @Inject
    Reports reports;

    @Context
    Request request;

    @GET
    @Path("months")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Months a monthly status report can be made for (YYYY-MM), oldest first")
    public List<String> months() {
        return reports.months();
    }

    @GET
    @Path("monthly-status")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", XLSX, "application/pdf"})
    @Operation(
            summary = "The monthly status report of a month, all trial areas or one (JSON, CSV, XLSX or PDF by Accept)")
    public Response monthlyStatus(
            @QueryParam("month") String month,
            @QueryParam("area") String area,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        Variant variant = request.selectVariant(VARIANTS);
        ReportFormat format = ReportFormat.ofMediaType(
                        variant == null ? null : variant.getMediaType().toString())
                .orElse(ReportFormat.JSON);
        Locale language = Languages.fromAcceptLanguage(acceptLanguage);
        ReportDocument document = reports.monthlyStatusDocument(
                ReportRequests.month(month, true), area == null || area.isBlank() ? null : area, format, language);
        // The text forms go compressed to a client that accepts gzip: made once with the document,
        // so a warm request copies a tenth of the bytes (the national JSON report: 622 kB).
        boolean gzip = document.gzipped() != null && ReportRequests.acceptsGzip(acceptEncoding);
        EntityTag tag = new EntityTag(gzip ? document.gzippedEntityTag() : document.entityTag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null
                ? notModified
                : Response.ok(gzip ? document.gzipped() : document.content(), mediaType(format))
                        .header(
                                "Content-Disposition",
                                (format == ReportFormat.PDF || format == ReportFormat.JSON ? "inline" : "attachment")
                                        + "; filename=\"" + document.fileName() + "\"");
        if (gzip) {
            response.header("Content-Encoding", "gzip");
        }
        return response.tag(tag)
                .cacheControl(ReportRequests.revalidate())
                .header(HttpHeaders.VARY, "Accept, Accept-Language, Accept-Encoding")
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .build();
    }

    private static String mediaType(ReportFormat format) {
        return switch (format) {
            case JSON -> MediaType.APPLICATION_JSON + ";charset=UTF-8";
            case CSV -> "text/csv;charset=UTF-8;header=present";
            default -> format.mediaType();
        };
    }
}

package fi.kuntakokeilu.clients.boundary;

import fi.kuntakokeilu.clients.AccessReport;
import fi.kuntakokeilu.clients.AccessReportRequest;
import fi.kuntakokeilu.clients.Clients;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/access-reports}: a data subject's access report (GDPR Art. 15) for administrators.
 * A POST, so the identity code travels in the body and never in an address or a log line.
 */
@Path("v1/access-reports")
@Tag(name = "Data protection")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessReportsResource {

    @Inject
    Clients clients;

    @POST
    @Operation(summary = "Who read or changed a person's data, when and why (administrators)")
    public AccessReport report(AccessReportRequest request) {
        return clients.accessReport(request);
    }
}

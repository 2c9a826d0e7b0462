package fi.kuntakokeilu.services.boundary;

import fi.kuntakokeilu.services.ApplicationReportRequest;
import fi.kuntakokeilu.services.JobApplicationsView;
import fi.kuntakokeilu.services.Services;
import fi.kuntakokeilu.services.StatementView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/job-seekers/{id}/job-applications}: the job-application obligation, monthly reports,
 * and the reminders and benefit statements that neglects lead to.
 */
@Path("v1/job-seekers/{id}/job-applications")
@Tag(name = "Customer services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JobApplicationsResource {

    @Inject
    Services services;

    @GET
    @Operation(
            summary = "The obligation in force, the monthly reports, each period's standing, reminders and statements")
    public JobApplicationsView applications(@PathParam("id") long id) {
        return services.jobApplications(id);
    }

    @POST
    @Operation(
            summary =
                    "Report a month's applications; a neglected period leads to a reminder, then 7- and 14-day statements")
    public JobApplicationsView report(@PathParam("id") long id, ApplicationReportRequest request) {
        return services.reportJobApplications(id, request);
    }

    @POST
    @Path("statements/{statementId}/sent")
    @Operation(summary = "Record a reminder or benefit statement as sent")
    public StatementView sent(@PathParam("id") long id, @PathParam("statementId") long statementId) {
        return services.markStatementSent(id, statementId);
    }
}

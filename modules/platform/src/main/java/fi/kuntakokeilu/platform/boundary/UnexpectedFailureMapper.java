package fi.kuntakokeilu.platform.boundary;

import fi.kuntakokeilu.platform.problem.DatabaseUnavailable;
import fi.kuntakokeilu.platform.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: a failure nobody anticipated is logged with its stack trace and the request id, and
 * the caller gets a problem with that id and nothing more. A lost database connection answers 503,
 * which a client may retry.
 */
@Provider
@ApplicationScoped
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Inject
    ProblemResponses responses;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable e) {
        if (UnreadableBody.tooLarge(e)) {
            return responses.response(Problems.ofStatus(
                    responses.language(headers), 413, responses.instance(uriInfo), responses.requestId()));
        }
        var jsonFailure = UnreadableBody.find(e);
        if (jsonFailure.isPresent()) {
            return responses.response(UnreadableBody.problem(
                    responses.language(headers),
                    jsonFailure.get(),
                    responses.instance(uriInfo),
                    responses.requestId()));
        }
        int status = DatabaseUnavailable.causedBy(e) ? 503 : 500;
        LOG.log(Level.SEVERE, "Request " + responses.requestId() + " failed", e);
        return responses.response(Problems.ofStatus(
                responses.language(headers), status, responses.instance(uriInfo), responses.requestId()));
    }
}

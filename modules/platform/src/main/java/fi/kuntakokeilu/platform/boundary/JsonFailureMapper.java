package fi.kuntakokeilu.platform.boundary;

import fi.kuntakokeilu.platform.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A request body that JSON-B could not read reaches us as a {@link ProcessingException}: a 400 with
 * the field when the binder named it. Any other processing failure is ours and answers 500.
 */
@Provider
@ApplicationScoped
public class JsonFailureMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(JsonFailureMapper.class.getName());

    @Inject
    ProblemResponses responses;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ProcessingException e) {
        if (UnreadableBody.tooLarge(e)) {
            return responses.response(Problems.ofStatus(
                    responses.language(headers), 413, responses.instance(uriInfo), responses.requestId()));
        }
        var jsonFailure = UnreadableBody.find(e);
        if (jsonFailure.isEmpty()) {
            LOG.log(Level.SEVERE, "Request " + responses.requestId() + " failed", e);
            return responses.response(Problems.ofStatus(
                    responses.language(headers), 500, responses.instance(uriInfo), responses.requestId()));
        }
        return responses.response(UnreadableBody.problem(
                responses.language(headers), jsonFailure.get(), responses.instance(uriInfo), responses.requestId()));
    }
}

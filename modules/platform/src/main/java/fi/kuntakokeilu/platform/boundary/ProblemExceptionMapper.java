package fi.kuntakokeilu.platform.boundary;

import fi.kuntakokeilu.platform.problem.ProblemException;
import fi.kuntakokeilu.platform.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Domain failures (not found, conflict, invalid input, forbidden) as problem details. */
@Provider
@ApplicationScoped
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Inject
    ProblemResponses responses;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ProblemException e) {
        return responses.response(
                Problems.of(responses.language(headers), e, responses.instance(uriInfo), responses.requestId()));
    }
}

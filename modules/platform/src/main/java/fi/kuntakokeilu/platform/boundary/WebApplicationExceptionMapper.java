package fi.kuntakokeilu.platform.boundary;

import fi.kuntakokeilu.platform.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * What JAX-RS itself refuses (unknown path, wrong method, unsupported media type, unreadable body)
 * as problem details rather than the server's HTML pages.
 */
@Provider
@ApplicationScoped
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    ProblemResponses responses;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (UnreadableBody.tooLarge(e)) {
            return responses.response(Problems.ofStatus(
                    responses.language(headers), 413, responses.instance(uriInfo), responses.requestId()));
        }
        Locale language = responses.language(headers);
        String instance = responses.instance(uriInfo);
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 400) {
            var jsonFailure = UnreadableBody.find(e);
            if (jsonFailure.isPresent()) {
                return responses.response(
                        UnreadableBody.problem(language, jsonFailure.get(), instance, responses.requestId()));
            }
        }
        Response response = responses.response(Problems.ofStatus(language, status, instance, responses.requestId()));
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(response)
                    .header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        return response;
    }
}

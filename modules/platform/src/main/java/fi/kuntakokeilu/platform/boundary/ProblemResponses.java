package fi.kuntakokeilu.platform.boundary;

import fi.kuntakokeilu.platform.i18n.Languages;
import fi.kuntakokeilu.platform.problem.Problem;
import fi.kuntakokeilu.platform.request.RequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;

/** What every exception mapper needs: the caller's language, the request's path and id, and the response. */
@ApplicationScoped
class ProblemResponses {

    @Inject
    RequestContext requestContext;

    Locale language(HttpHeaders headers) {
        return Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    String instance(UriInfo uriInfo) {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }

    String requestId() {
        return requestContext.requestId();
    }

    Response response(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
                .entity(problem.toJson().toString());
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"kuntakokeilu\", charset=\"UTF-8\"");
        }
        return response.build();
    }
}

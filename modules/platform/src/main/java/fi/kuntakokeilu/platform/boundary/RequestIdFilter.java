package fi.kuntakokeilu.platform.boundary;

import fi.kuntakokeilu.platform.request.RequestContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Gives every request an id, echoed in {@code X-Request-Id}, so a caller's problem report finds our audit rows and logs. */
@WebFilter(filterName = "RequestIdFilter", urlPatterns = "/*")
public class RequestIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestContext requestContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        requestContext.adopt(request.getHeader(RequestContext.HEADER));
        response.setHeader(RequestContext.HEADER, requestContext.requestId());
        chain.doFilter(request, response);
    }
}

package fi.kuntakokeilu.platform.boundary;

import fi.kuntakokeilu.platform.i18n.Languages;
import fi.kuntakokeilu.platform.problem.Problems;
import fi.kuntakokeilu.platform.problem.RequestTooLargeException;
import fi.kuntakokeilu.platform.request.RequestContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds the size of API request bodies: {@code kuntakokeilu.request.max-bytes} (default 1 MiB) for
 * JSON and everything else, {@code kuntakokeilu.request.max-upload-bytes} (default 512 MiB) for
 * {@code text/csv} imports. A declared length over the limit is refused before anything is read; a
 * body that grows past it while streaming fails with {@link RequestTooLargeException}. Both answer
 * 413 problem details.
 */
@WebFilter(filterName = "RequestSizeFilter", urlPatterns = "/api/*")
public class RequestSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "kuntakokeilu.request.max-bytes", defaultValue = "1048576")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "kuntakokeilu.request.max-upload-bytes", defaultValue = "536870912")
    long maxUploadBytes;

    @Inject
    RequestContext requestContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        long limit = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv")
                ? maxUploadBytes
                : maxBytes;
        if (request.getContentLengthLong() > limit) {
            var language = Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
            Problems.write(
                    response,
                    Problems.of(
                            language,
                            413,
                            "payload-too-large",
                            fi.kuntakokeilu.platform.i18n.Messages.get(
                                    language, "platform.problem.payload-too-large.detail"),
                            request.getRequestURI(),
                            requestContext.requestId(),
                            List.of()));
            return;
        }
        chain.doFilter(new Bounded(request, limit), response);
    }

    /** The request with a body that refuses to be read past the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws RequestTooLargeException {
            read += n;
            if (read > limit) {
                throw new RequestTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}

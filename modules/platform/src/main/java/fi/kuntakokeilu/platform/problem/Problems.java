package fi.kuntakokeilu.platform.problem;

import fi.kuntakokeilu.platform.i18n.Messages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Turns failures into {@link Problem}s in a language; the one place that knows titles and type URIs. */
public final class Problems {

    private Problems() {}

    /**
     * A problem of a kind: the title comes from {@code platform.problem.<slug>.title}, or for kinds
     * without a title of their own, from the title of the HTTP status.
     */
    public static Problem of(
            Locale locale,
            int status,
            String slug,
            String detail,
            String instance,
            String requestId,
            List<Problem.FieldProblem> errors) {
        String title = Messages.lookup(locale, "platform.problem." + slug + ".title")
                .orElseGet(() -> Messages.get(locale, "platform.problem." + slugOf(status) + ".title"));
        return new Problem(Problem.TYPE_PREFIX + slug, title, status, detail, instance, requestId, errors);
    }

    public static Problem of(Locale locale, ProblemException e, String instance, String requestId) {
        List<Problem.FieldProblem> errors = e.fieldErrors().stream()
                .map(error -> new Problem.FieldProblem(
                        error.field(),
                        Messages.get(locale, error.key(), error.args().toArray()),
                        error.key()))
                .toList();
        return of(
                locale,
                e.status(),
                e.slug(),
                Messages.get(locale, e.detailKey(), e.detailArgs()),
                instance,
                requestId,
                errors);
    }

    /** A problem for a plain HTTP status with no domain meaning (404 path, 405, 415, 503...). */
    public static Problem ofStatus(Locale locale, int status, String instance, String requestId) {
        String slug = slugOf(status);
        return of(
                locale,
                status,
                slug,
                Messages.get(locale, "platform.problem." + slug + ".detail"),
                instance,
                requestId,
                List.of());
    }

    private static String slugOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> "service-unavailable";
            default -> status >= 500 ? "internal-error" : "bad-request";
        };
    }

    /** Writes a problem as the whole response, for failures outside JAX-RS (authentication, filters). */
    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.toJson().toString());
        response.getWriter().flush();
    }
}

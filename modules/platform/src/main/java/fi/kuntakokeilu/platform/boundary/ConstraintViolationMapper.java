package fi.kuntakokeilu.platform.boundary;

import fi.kuntakokeilu.platform.i18n.Messages;
import fi.kuntakokeilu.platform.problem.Problem;
import fi.kuntakokeilu.platform.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bean Validation failures on a request as 400, one entry per field named as the caller wrote it
 * ({@code homeMunicipality}, {@code plans[0].reviewOn}), each reason in the caller's language.
 * A failure on a return value is our bug, not the caller's, and answers 500.
 */
@Provider
@ApplicationScoped
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Logger LOG = Logger.getLogger(ConstraintViolationMapper.class.getName());

    @Inject
    ProblemResponses responses;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        Locale language = responses.language(headers);
        String instance = responses.instance(uriInfo);
        if (e.getConstraintViolations().stream().anyMatch(ConstraintViolationMapper::isOnReturnValue)) {
            LOG.log(Level.SEVERE, "Response failed its own constraints", e);
            return responses.response(Problems.ofStatus(language, 500, instance, responses.requestId()));
        }
        List<Problem.FieldProblem> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldProblem(
                        fieldOf(violation.getPropertyPath()),
                        Messages.interpolate(
                                language,
                                violation.getMessageTemplate(),
                                violation.getConstraintDescriptor().getAttributes()),
                        codeOf(violation)))
                .sorted(Comparator.comparing(Problem.FieldProblem::field).thenComparing(Problem.FieldProblem::reason))
                .toList();
        return responses.response(Problems.of(
                language,
                400,
                "validation-failed",
                Messages.get(language, "platform.problem.validation-failed.detail"),
                instance,
                responses.requestId(),
                errors));
    }

    private static boolean isOnReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** The path below the method parameter: "create.request.homeMunicipality" becomes "homeMunicipality". */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, BEAN -> {}
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        if (field.length() > 0) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    } else if (node.getKey() != null) {
                        field.append('[').append(node.getKey()).append(']');
                    }
                }
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameter != null ? parameter : path.toString();
    }

    private static String codeOf(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{") && template.endsWith("}")) {
            return template.substring(1, template.length() - 1);
        }
        return violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
    }
}

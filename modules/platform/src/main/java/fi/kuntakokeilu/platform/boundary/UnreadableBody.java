package fi.kuntakokeilu.platform.boundary;

import fi.kuntakokeilu.platform.i18n.Messages;
import fi.kuntakokeilu.platform.problem.Problem;
import fi.kuntakokeilu.platform.problem.Problems;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a failure to turn a request body into a Java value, wherever the JSON stack wrapped it, and
 * says which field was wrong when the binder named it (a date that is no date, text where a number
 * belongs) or that the body is not JSON at all.
 */
final class UnreadableBody {

    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Json property (\\S+) can not be mapped");

    private UnreadableBody() {}

    /** True when reading failed because the body was larger than allowed. */
    static boolean tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof fi.kuntakokeilu.platform.problem.RequestTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** The JSON failure in a cause chain, if the failure was one. */
    static Optional<Throwable> find(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    static Problem problem(Locale language, Throwable jsonFailure, String instance, String requestId) {
        Optional<String> field = fieldOf(jsonFailure);
        Throwable root = rootOf(jsonFailure);
        Matcher unknown = UNKNOWN_PROPERTY.matcher(String.valueOf(root.getMessage()));
        if (unknown.find()) {
            String name = field.map(parent -> parent + "." + unknown.group(1)).orElse(unknown.group(1));
            return fieldProblem(language, name, "platform.body.unknownField", instance, requestId);
        }
        if (field.isPresent() && !(root instanceof JsonParsingException)) {
            return fieldProblem(language, field.get(), "platform.body.wrongType", instance, requestId);
        }
        return Problems.of(
                language,
                400,
                "malformed-body",
                Messages.get(language, "platform.problem.malformed-body.detail"),
                instance,
                requestId,
                List.of());
    }

    private static Problem fieldProblem(Locale language, String field, String key, String instance, String requestId) {
        return Problems.of(
                language,
                400,
                "validation-failed",
                Messages.get(language, "platform.problem.validation-failed.detail"),
                instance,
                requestId,
                List.of(new Problem.FieldProblem(field, Messages.get(language, key), key)));
    }

    private static Optional<String> fieldOf(Throwable e) {
        String innermost = null;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            Matcher matcher = PROPERTY.matcher(String.valueOf(cause.getMessage()));
            while (matcher.find()) {
                innermost = innermost == null ? matcher.group(1) : innermost + "." + matcher.group(1);
            }
        }
        return Optional.ofNullable(innermost);
    }

    private static Throwable rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}

package fi.kuntakokeilu.reporting.boundary;

import fi.kuntakokeilu.platform.problem.InvalidInputException;
import jakarta.ws.rs.core.CacheControl;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the report resources share: reading a month parameter, how reports may be cached, and
 * whether a client takes them gzip-compressed.
 */
final class ReportRequests {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private ReportRequests() {}

    /** {@code YYYY-MM}; anything else is a 400 naming the parameter. */
    static YearMonth month(String parameter, boolean required) {
        if (parameter == null || parameter.isBlank()) {
            if (required) {
                throw InvalidInputException.of("month", "jakarta.validation.constraints.NotNull.message");
            }
            return null;
        }
        if (!MONTH.matcher(parameter).matches()) {
            throw InvalidInputException.of("month", "reporting.month.format");
        }
        try {
            return YearMonth.parse(parameter);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("month", "reporting.month.format");
        }
    }

    /**
     * Reports are for signed-in staff only: shared caches keep none, and the browser revalidates
     * every time (cheaply, with the entity tag).
     */
    static CacheControl revalidate() {
        CacheControl control = new CacheControl();
        control.setPrivate(true);
        control.setNoCache(true);
        return control;
    }

    /** Whether an {@code Accept-Encoding} header accepts gzip (named, and not with q=0). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
                    if (parameter.matches("q=0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}

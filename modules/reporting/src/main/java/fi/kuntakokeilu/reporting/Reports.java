package fi.kuntakokeilu.reporting;

import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * The ministry's monthly status reports and the benchmarks between trial areas, every figure from
 * the evaluation module's indicator catalogue and through small-cell suppression. Evaluators, area
 * managers and administrators may read them; nothing here is personal data, so reads are not
 * audited.
 */
public interface Reports {

    /** The months a report can be made for ({@code YYYY-MM}), oldest first. */
    List<String> months();

    /**
     * The report of a month, for every trial area or only one.
     *
     * @param areaKey a trial area, or {@code null} for all of them
     * @throws fi.kuntakokeilu.platform.problem.ResourceNotFoundException when the panel lacks the
     *     month or there is no such area in it
     */
    MonthlyStatusReport monthlyStatus(@NotNull YearMonth month, String areaKey);

    /**
     * The same report rendered, with labels in the given language (JSON is language-neutral).
     * Rendered once per month, area, format, language and panel generation.
     */
    ReportDocument monthlyStatusDocument(
            @NotNull YearMonth month, String areaKey, @NotNull ReportFormat format, @NotNull Locale language);

    /**
     * One indicator ranked across the trial areas in a month, with each area's trend over twelve
     * months; the caller's own areas are marked.
     *
     * @param month the month, or {@code null} for the latest the panel holds
     * @throws fi.kuntakokeilu.platform.problem.InvalidInputException when the catalogue has no such
     *     indicator
     */
    Benchmark benchmark(String indicator, YearMonth month);
}

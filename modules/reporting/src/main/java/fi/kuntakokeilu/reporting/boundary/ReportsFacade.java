package fi.kuntakokeilu.reporting.boundary;

import fi.kuntakokeilu.organisations.Organisations;
import fi.kuntakokeilu.organisations.TrialAreaView;
import fi.kuntakokeilu.platform.i18n.Languages;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.platform.problem.ResourceNotFoundException;
import fi.kuntakokeilu.platform.security.Allow;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.CurrentUser;
import fi.kuntakokeilu.platform.security.Role;
import fi.kuntakokeilu.reporting.Benchmark;
import fi.kuntakokeilu.reporting.MonthlyStatusReport;
import fi.kuntakokeilu.reporting.ReportDocument;
import fi.kuntakokeilu.reporting.ReportFormat;
import fi.kuntakokeilu.reporting.Reports;
import fi.kuntakokeilu.reporting.control.AreaName;
import fi.kuntakokeilu.reporting.control.BenchmarkBuilder;
import fi.kuntakokeilu.reporting.control.CsvReport;
import fi.kuntakokeilu.reporting.control.EntityTags;
import fi.kuntakokeilu.reporting.control.JsonReport;
import fi.kuntakokeilu.reporting.control.MonthlyStatusReportBuilder;
import fi.kuntakokeilu.reporting.control.PdfReport;
import fi.kuntakokeilu.reporting.control.PublishedMonths;
import fi.kuntakokeilu.reporting.control.ReportCache;
import fi.kuntakokeilu.reporting.control.ReportLabels;
import fi.kuntakokeilu.reporting.control.XlsxReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reports API. Evaluators, area managers and administrators may call it (caseworkers and office
 * staff get 403); every area's figures are open to all three, because every figure is suppressed
 * and the areas are public bodies. Reports hold aggregates only, so no read is audited.
 */
@ApplicationScoped
@Transactional
@ValidateOnExecution
@Allow({Role.ADMIN, Role.AREA_MANAGER, Role.EVALUATOR})
public class ReportsFacade implements Reports {

    private static final String MONTH = "reporting.month";

    @Inject
    ReportCache cache;

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = "reporting.report.largest-areas", defaultValue = "5")
    int largestAreas;

    private record ReportKey(YearMonth month) {}

    private record DocumentKey(YearMonth month, String areaKey, ReportFormat format, Locale language) {}

    private record BenchmarkKey(String indicator, YearMonth month, Set<String> ownAreas) {}

    @Override
    public List<String> months() {
        return cache.current().months().available().stream()
                .map(YearMonth::toString)
                .toList();
    }

    @Override
    public MonthlyStatusReport monthlyStatus(YearMonth month, String areaKey) {
        return monthlyStatus(cache.current(), month, areaKey);
    }

    private MonthlyStatusReport monthlyStatus(ReportCache.Generation generation, YearMonth month, String areaKey) {
        if (!generation.months().holds(month)) {
            throw new ResourceNotFoundException(MONTH, month);
        }
        MonthlyStatusReport report = generation.get(new ReportKey(month), () -> new MonthlyStatusReportBuilder(
                        generation.months()::month, areaNames(), largestAreas)
                .build(
                        month,
                        generation.policy().threshold(),
                        PublishedMonths.catalogueVersion(generation.months().catalogue())));
        if (areaKey == null) {
            return report;
        }
        if (report.areas().stream().noneMatch(area -> area.areaKey().equals(areaKey))) {
            throw new ResourceNotFoundException("organisations.trialArea", areaKey);
        }
        return report.onlyArea(areaKey);
    }

    @Override
    public ReportDocument monthlyStatusDocument(YearMonth month, String areaKey, ReportFormat format, Locale language) {
        Locale supported = Languages.closest(language);
        // One generation for the report and its document, so that both are of the same figures.
        ReportCache.Generation generation = cache.current();
        MonthlyStatusReport report = monthlyStatus(generation, month, areaKey);
        return generation.get(new DocumentKey(month, areaKey, format, supported), () -> {
            ReportLabels labels = new ReportLabels(supported);
            byte[] content =
                    switch (format) {
                        case JSON -> JsonReport.write(report);
                        case CSV -> CsvReport.write(report, labels);
                        case XLSX -> XlsxReport.write(report, labels);
                        case PDF -> PdfReport.write(report, labels);
                    };
            String name = "kuntakokeilu-" + month + (areaKey == null ? "" : "-" + areaKey) + "."
                    + format.name().toLowerCase(Locale.ROOT);
            return ReportDocument.of(content, format, EntityTags.of(format.name(), supported, content), name);
        });
    }

    @Override
    public Benchmark benchmark(String indicator, YearMonth month) {
        ReportCache.Generation generation = cache.current();
        if (indicator == null || indicator.isBlank()) {
            throw InvalidInputException.of("indicator", "jakarta.validation.constraints.NotNull.message");
        }
        if (generation.months().catalogue().stream().noneMatch(d -> d.key().equals(indicator))) {
            throw InvalidInputException.of("indicator", "reporting.indicator.unknown", indicator);
        }
        List<YearMonth> available = generation.months().available();
        YearMonth asked = month != null ? month : available.isEmpty() ? null : available.get(available.size() - 1);
        if (asked == null || !generation.months().holds(asked)) {
            throw new ResourceNotFoundException(MONTH, month == null ? "-" : month);
        }
        Caller caller = currentUser.require();
        Set<String> own = caller.role() == Role.AREA_MANAGER ? caller.areaKeys() : Set.of();
        return generation.get(new BenchmarkKey(indicator, asked, own), () -> new BenchmarkBuilder(
                        generation.months()::month, areaNames())
                .build(indicator, asked, generation.policy().threshold(), own));
    }

    private Map<String, AreaName> areaNames() {
        return organisations.trialAreas().stream()
                .collect(Collectors.toMap(TrialAreaView::key, area -> new AreaName(area.nameFi(), area.nameSv())));
    }
}

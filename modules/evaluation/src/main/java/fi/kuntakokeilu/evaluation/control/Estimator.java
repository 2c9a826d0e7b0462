package fi.kuntakokeilu.evaluation.control;

import fi.kuntakokeilu.evaluation.EstimateRequest;
import fi.kuntakokeilu.evaluation.EstimateView;
import fi.kuntakokeilu.evaluation.IndicatorDefinition;
import fi.kuntakokeilu.evaluation.control.estimation.DidEstimate;
import fi.kuntakokeilu.evaluation.control.estimation.DifferenceInDifferences;
import fi.kuntakokeilu.evaluation.control.estimation.EstimationInputException;
import fi.kuntakokeilu.evaluation.control.estimation.EventStudy;
import fi.kuntakokeilu.evaluation.control.estimation.EventStudyResult;
import fi.kuntakokeilu.evaluation.control.estimation.Observation;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.platform.problem.ProblemException.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Estimates on request (docs/estimators.md, "The estimates endpoint"): checks the request, builds
 * the municipality × month cells ({@link EstimationPanel}) and runs difference-in-differences and
 * the event study on them. Whatever keeps the data from giving a valid estimate becomes an {@link
 * InvalidInputException} naming the field to change, never a 500 and never a NaN.
 *
 * <p>Treated units whose treatment starts after the period are not yet treated in it: both
 * estimators take them as comparison municipalities.
 */
@ApplicationScoped
public class Estimator {

    /** How the outcome of a municipality-month is formed, as {@link EstimateView#outcome()} says it. */
    static final String COUNT_OUTCOME = "100 × %s / JOB_SEEKERS per municipality and month end";

    static final String SHARE_OUTCOME = "%s per municipality and month end";

    @PersistenceContext
    EntityManager em;

    @Inject
    EstimationPanel panel;

    protected Estimator() {}

    public Estimator(EntityManager em) {
        this.em = em;
        this.panel = new EstimationPanel(em);
    }

    public EstimateView estimate(EstimateRequest request) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Optional<Long> design = new DesignStore(em).id(request.design());
        if (design.isEmpty()) {
            errors.add("design", "evaluation.estimate.design.unknown");
        }
        Optional<IndicatorDefinition> indicator = IndicatorCatalogue.definition(request.indicator());
        if (indicator.isEmpty()) {
            errors.add("indicator", "evaluation.estimate.indicator.unknown");
        }
        YearMonth from = YearMonth.parse(request.from());
        YearMonth to = YearMonth.parse(request.to());
        if (to.isBefore(from)) {
            errors.add("to", "evaluation.estimate.period.order");
        } else if (from.until(to, ChronoUnit.MONTHS) > EstimateRequest.MAX_MONTHS) {
            errors.add("to", "evaluation.estimate.period.length", EstimateRequest.MAX_MONTHS);
        }
        errors.throwIfAny();

        EstimationPanel.Cells cells = panel.cells(design.get(), indicator.get(), from, to);
        if (cells.observations().isEmpty()) {
            throw InvalidInputException.of("from", "evaluation.estimate.period.empty");
        }
        Map<String, YearMonth> starts = new LinkedHashMap<>();
        cells.starts().forEach((unit, start) -> {
            if (!start.isAfter(to)) {
                starts.put(unit, start);
            }
        });
        DidEstimate did;
        try {
            did = DifferenceInDifferences.estimate(cells.observations());
        } catch (EstimationInputException e) {
            throw invalid(e, false);
        }
        int leads = request.leads() != null
                ? request.leads()
                : clamp(
                        starts.values().stream()
                                .mapToLong(start -> from.until(start, ChronoUnit.MONTHS))
                                .max()
                                .orElse(0),
                        2,
                        EstimateRequest.DEFAULT_LEADS);
        int lags = request.lags() != null
                ? request.lags()
                : clamp(
                        starts.values().stream()
                                .mapToLong(start -> start.until(to, ChronoUnit.MONTHS))
                                .max()
                                .orElse(0),
                        0,
                        EstimateRequest.DEFAULT_LAGS);
        EventStudyResult events;
        try {
            events = EventStudy.estimate(cells.observations(), starts, leads, lags);
        } catch (EstimationInputException e) {
            throw invalid(e, true);
        }
        Set<String> treated = new HashSet<>();
        Set<String> all = new HashSet<>();
        for (Observation observation : cells.observations()) {
            all.add(observation.unit());
            if (observation.treated()) {
                treated.add(observation.unit());
            }
        }
        IndicatorDefinition definition = indicator.get();
        return new EstimateView(
                request.design(),
                Sql.number(em, "select version from eva_design where id = ?", design.get()),
                definition.key(),
                definition.version(),
                IndicatorCatalogue.VERSION,
                from.toString(),
                to.toString(),
                String.format(
                        definition.kind() == fi.kuntakokeilu.evaluation.IndicatorKind.COUNT
                                ? COUNT_OUTCOME
                                : SHARE_OUTCOME,
                        definition.key()),
                did.effect(),
                did.standardError(),
                did.lower95(),
                did.upper95(),
                did.observations(),
                did.clusters(),
                did.degreesOfFreedom(),
                treated.size(),
                all.size() - treated.size(),
                leads,
                lags,
                events.coefficients().stream()
                        .map(c -> new EstimateView.EventEffect(
                                c.relativeMonth(),
                                c.estimate(),
                                c.standardError(),
                                c.lower95(),
                                c.upper95(),
                                c.isReference()))
                        .toList(),
                new EstimateView.PreTrend(
                        events.preTrend().statistic(),
                        events.preTrend().degreesOfFreedom(),
                        did.degreesOfFreedom(),
                        events.preTrend().pValue(),
                        events.preTrend().rejectsAt(0.05)));
    }

    private static int clamp(long value, int min, int max) {
        return (int) Math.max(min, Math.min(max, value));
    }

    /** The field to change and the text that says why, for each reason the estimators give. */
    static InvalidInputException invalid(EstimationInputException e, boolean eventStudy) {
        return switch (e.reason()) {
            case NO_TREATED_UNITS ->
                new InvalidInputException(List.of(
                        new FieldError("from", "evaluation.estimate.noTreatedMonths"),
                        new FieldError("to", "evaluation.estimate.noTreatedMonths")));
            case NO_CONTROL_UNITS -> InvalidInputException.of("design", "evaluation.estimate.noComparison");
            case TREATED_IN_EVERY_MONTH -> InvalidInputException.of("from", "evaluation.estimate.noPrePeriod");
            case TOO_FEW_CLUSTERS -> InvalidInputException.of("design", "evaluation.estimate.tooFewMunicipalities");
            case INVALID_WINDOW ->
                InvalidInputException.of(
                        e.getMessage().contains("lags") ? "lags" : "leads", "evaluation.estimate.window");
            case SINGULAR_DESIGN ->
                eventStudy
                        ? new InvalidInputException(List.of(
                                new FieldError("leads", "evaluation.estimate.window"),
                                new FieldError("lags", "evaluation.estimate.window")))
                        : InvalidInputException.of("indicator", "evaluation.estimate.singular");
            case INVALID_OBSERVATION, DUPLICATE_OBSERVATION, INCONSISTENT_TREATMENT ->
                InvalidInputException.of("design", "evaluation.estimate.inconsistent");
        };
    }
}

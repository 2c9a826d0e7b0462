package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.evaluation.DesignView;
import fi.kuntakokeilu.evaluation.EstimateRequest;
import fi.kuntakokeilu.evaluation.EstimateView;
import fi.kuntakokeilu.evaluation.Evaluation;
import fi.kuntakokeilu.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation's designs and the estimates of one design's effect on one indicator over a period
 * of month ends: difference-in-differences with its 95% interval, the pre-trend test and the event
 * study as a chart with its confidence band, its figures also as a table (the chart's text
 * alternative). Evaluators and administrators only (web.xml and the evaluation module both say so);
 * aggregates of municipality-months only, never a person.
 */
@Named
@ViewScoped
public class EvaluationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Evaluation evaluation;

    @Inject
    LanguageView language;

    @Inject
    FacesProblems problems;

    // The module's records are not Serializable: kept in memory with the view, read again after the
    // session moved to another instance (the estimate is then asked for again).
    private transient List<DesignView> designs;
    private transient EstimateView estimate;
    private boolean opened;
    private String design;
    private String indicator;
    private String from;
    private String to;
    private Integer leads;
    private Integer lags;
    private EventStudyChart chart;

    /** The page's view action: the designs, the first one chosen with its whole period. */
    public void open() {
        if (opened) {
            return;
        }
        designs = problems.orErrorPage(evaluation::designs);
        opened = designs != null;
        if (designs != null && !designs.isEmpty()) {
            choose(designs.get(0));
        }
    }

    /** The design picked from the list: its first outcome and its whole period, up to 120 months. */
    public void pick(String key) {
        chosen(key).ifPresent(this::choose);
    }

    private void choose(DesignView chosen) {
        design = chosen.key();
        indicator = chosen.outcomes().isEmpty() ? null : chosen.outcomes().get(0);
        from = chosen.preFrom().toString();
        var last = chosen.followUpTo();
        if (last.isAfter(chosen.preFrom().plusMonths(EstimateRequest.MAX_MONTHS))) {
            last = chosen.preFrom().plusMonths(EstimateRequest.MAX_MONTHS);
        }
        to = last.toString();
        estimate = null;
        chart = null;
    }

    /** Asks the evaluation module for the estimates; its refusals are shown beside the fields. */
    public void estimate() {
        EstimateView answer = problems.attempt(
                () -> evaluation.estimate(new EstimateRequest(design, indicator, from, to, leads, lags)),
                Map.of(
                        "design", "estimate:design",
                        "indicator", "estimate:indicator",
                        "from", "estimate:from",
                        "to", "estimate:to",
                        "leads", "estimate:leads",
                        "lags", "estimate:lags"));
        estimate = answer;
        chart = answer == null || answer.eventStudy().isEmpty()
                ? null
                : EventStudyChart.of(answer.eventStudy(), language.getLocale());
    }

    /** The outcomes of the chosen design, to choose the indicator from. */
    public List<String> getOutcomes() {
        return chosen(design).map(DesignView::outcomes).orElse(List.of());
    }

    private Optional<DesignView> chosen(String key) {
        return getDesigns().stream().filter(d -> d.key().equals(key)).findFirst();
    }

    public String indicatorName(String key) {
        return Messages.lookup(language.getLocale(), "reporting.indicator." + key)
                .orElse(key);
    }

    /** An effect or bound in percentage points, two decimals as the language writes them. */
    public String points(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A p value, three decimals. */
    public String probability(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
        format.setMinimumFractionDigits(3);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }

    /** A relative month with its sign, −1 being the month before treatment starts. */
    public String relative(int month) {
        return month > 0 ? "+" + month : Integer.toString(month).replace('-', '−');
    }

    public List<DesignView> getDesigns() {
        if (designs == null && opened) {
            designs = evaluation.designs();
        }
        return designs == null ? List.of() : designs;
    }

    public EstimateView getEstimate() {
        return estimate;
    }

    public EventStudyChart getChart() {
        return chart;
    }

    public String getDesign() {
        return design;
    }

    public void setDesign(String design) {
        this.design = design;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Integer getLeads() {
        return leads;
    }

    public void setLeads(Integer leads) {
        this.leads = leads;
    }

    public Integer getLags() {
        return lags;
    }

    public void setLags(Integer lags) {
        this.lags = lags;
    }
}

package fi.kuntakokeilu.evaluation.boundary;

import fi.kuntakokeilu.evaluation.IndicatorCounts;
import fi.kuntakokeilu.evaluation.IndicatorDefinition;
import fi.kuntakokeilu.evaluation.Indicators;
import fi.kuntakokeilu.evaluation.control.IndicatorCatalogue;
import fi.kuntakokeilu.evaluation.control.PanelBuilder;
import fi.kuntakokeilu.evaluation.control.PanelCounts;
import fi.kuntakokeilu.organisations.Organisations;
import fi.kuntakokeilu.organisations.TrialAreaView;
import fi.kuntakokeilu.platform.problem.ResourceNotFoundException;
import fi.kuntakokeilu.platform.security.Allow;
import fi.kuntakokeilu.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator catalogue and the counts behind it. Aggregates only (no person, no pseudonym), so
 * nothing is audited; small-cell suppression is the publisher's duty (reporting).
 */
@ApplicationScoped
@Transactional
@ValidateOnExecution
@Allow({Role.EVALUATOR, Role.AREA_MANAGER, Role.ADMIN})
public class IndicatorsFacade implements Indicators {

    @Inject
    PanelBuilder panel;

    @Inject
    PanelCounts counts;

    @Inject
    Organisations organisations;

    @Override
    public List<IndicatorDefinition> catalogue() {
        return IndicatorCatalogue.definitions();
    }

    @Override
    public Map<YearMonth, String> countsVersions() {
        String areas = String.join(",", areaKeys());
        Map<YearMonth, String> versions = new LinkedHashMap<>();
        for (PanelBuilder.PanelMonth month : panel.months()) {
            versions.put(month.month(), PanelBuilder.version(month) + "/" + areas);
        }
        return versions;
    }

    @Override
    public List<IndicatorCounts> counts(YearMonth month) {
        if (panel.month(month).isEmpty()) {
            throw new ResourceNotFoundException("evaluation.panelMonth", month);
        }
        return counts.counts(month, areaKeys());
    }

    /** The trial areas the counts have a row for. */
    private List<String> areaKeys() {
        return organisations.trialAreas().stream().map(TrialAreaView::key).toList();
    }
}

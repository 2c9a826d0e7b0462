package fi.kuntakokeilu.evaluation.boundary;

import fi.kuntakokeilu.evaluation.control.PanelBuildStore;
import fi.kuntakokeilu.evaluation.control.PanelBuilder;
import fi.kuntakokeilu.evaluation.control.SourceVersion;
import fi.kuntakokeilu.organisations.Organisations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The steps of a panel build, each in a transaction of its own, so a full build of 46 months never
 * holds one transaction of ten million rows: claim, stage, one transaction per month, finish.
 */
@ApplicationScoped
public class PanelSteps {

    @Inject
    PanelBuildStore builds;

    @Inject
    PanelBuilder builder;

    @Inject
    Organisations organisations;

    @Inject
    Clock clock;

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Long> claim(String kind, YearMonth first, YearMonth last, String requestedBy) {
        return builds.claim(kind, first, last, requestedBy, clock.instant());
    }

    /** Copies the reference data and stages the sources; returns the version staged. */
    @Transactional(TxType.REQUIRES_NEW)
    public SourceVersion stage(SourceVersion asOf) {
        SourceVersion version = asOf != null ? asOf : builder.currentSources();
        builder.loadReferenceData(organisations.municipalities());
        builder.stage(version);
        return version;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public long month(long buildId, YearMonth month, SourceVersion version) {
        long rows = builder.buildMonth(month, version, clock.instant());
        builds.progress(buildId, rows, clock.instant());
        return rows;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public boolean panelIsEmpty() {
        return builder.months().isEmpty();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void removeOutside(YearMonth first, YearMonth last) {
        builder.removeOutside(first, last);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void finish(long buildId, String status, String failure) {
        builds.finish(buildId, status, failure, clock.instant());
    }
}

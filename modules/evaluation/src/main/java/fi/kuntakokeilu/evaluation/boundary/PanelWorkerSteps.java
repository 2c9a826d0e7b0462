package fi.kuntakokeilu.evaluation.boundary;

import fi.kuntakokeilu.evaluation.control.PanelBuildStore;
import fi.kuntakokeilu.evaluation.control.PanelBuilder;
import fi.kuntakokeilu.evaluation.control.SourceVersion;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * The steps of a panel build that its workers run at once ({@link PanelBuilds}), each in a
 * transaction of its own: the two halves of the staging, and the months. Dependent, not application
 * scoped: every worker gets an instance (and so an interceptor) of its own, so no transaction state
 * is shared between the threads of one build.
 */
@Dependent
public class PanelWorkerSteps {

    @Inject
    PanelBuildStore builds;

    @Inject
    PanelBuilder builder;

    @Inject
    Clock clock;

    /** Stages the situation and custody intervals (one half of the staging). */
    @Transactional(TxType.REQUIRES_NEW)
    public long histories(SourceVersion version) {
        builder.stageHistories(version);
        return 0;
    }

    /** Stages the services, plans and appointments (the other half). */
    @Transactional(TxType.REQUIRES_NEW)
    public long services(SourceVersion version) {
        builder.stageServices(version);
        return 0;
    }

    /** Builds one month end whole. */
    @Transactional(TxType.REQUIRES_NEW)
    public long month(long buildId, YearMonth month, SourceVersion version) {
        long rows = builder.buildMonth(month, version, clock.instant());
        builds.progress(buildId, rows, clock.instant());
        return rows;
    }

    /** Replaces the changed people's rows of one month. */
    @Transactional(TxType.REQUIRES_NEW)
    public long changedRows(long buildId, YearMonth month, SourceVersion version) {
        long rows = builder.rebuildChanged(List.of(month), version, clock.instant());
        builds.progress(buildId, rows, clock.instant());
        return rows;
    }
}

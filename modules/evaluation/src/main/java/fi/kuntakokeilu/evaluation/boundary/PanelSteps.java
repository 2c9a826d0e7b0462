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
        return stageWithChanges(asOf).version();
    }

    /** What a staging found: the version staged and whether the trial-area memberships changed. */
    public record Staged(SourceVersion version, boolean referenceChanged) {}

    /**
     * Copies the reference data and stages the sources with each person's source digest; tells
     * whether the trial-area memberships differ from the copy the panel was built with.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Staged stageWithChanges(SourceVersion asOf) {
        SourceVersion version = asOf != null ? asOf : builder.currentSources();
        String before = builder.referenceDigest();
        builder.loadReferenceData(organisations.municipalities());
        boolean changed = !before.equals(builder.referenceDigest());
        builder.stage(version);
        builder.stageDigests(version);
        return new Staged(version, changed);
    }

    /** Marks the people whose sources changed since their rows were built; returns how many. */
    @Transactional(TxType.REQUIRES_NEW)
    public long markChanged() {
        return builder.markChanged();
    }

    /** Whether the month is built by the current rules with its fingerprint parts. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean canTakeChanges(YearMonth month) {
        return builder.canTakeChanges(month);
    }

    /** Replaces the changed people's rows of one month (one transaction per month). */
    @Transactional(TxType.REQUIRES_NEW)
    public long changedRows(long buildId, YearMonth month, SourceVersion version) {
        long rows = builder.rebuildChanged(java.util.List.of(month), version, clock.instant());
        builds.progress(buildId, rows, clock.instant());
        return rows;
    }

    /** Records that every person's rows are built from their staged sources (after a full build). */
    @Transactional(TxType.REQUIRES_NEW)
    public void allBuilt() {
        builder.markAllBuilt();
    }

    /** Records that the changed people's rows are built from their staged sources. */
    @Transactional(TxType.REQUIRES_NEW)
    public void changedBuilt() {
        builder.markChangedBuilt();
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

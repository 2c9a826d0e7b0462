package fi.kuntakokeilu.evaluation.boundary;

import fi.kuntakokeilu.evaluation.control.PanelBuildStore;
import fi.kuntakokeilu.evaluation.control.PanelBuilder;
import fi.kuntakokeilu.evaluation.control.SourceVersion;
import fi.kuntakokeilu.organisations.Organisations;
import fi.kuntakokeilu.platform.schema.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The steps of a panel build, each in a transaction of its own, so a full build of 58 months never
 * holds one transaction of its tens of millions of rows: claim, empty the staged tables (with no
 * transaction), copy the reference data, the staging's two halves and the months ({@link
 * PanelWorkerSteps}, one transaction each, on the build's workers), index the staged appointments
 * (with no transaction), the end of the staging, finish.
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

    @Resource(lookup = Database.DATA_SOURCE)
    DataSource dataSource;

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Long> claim(String kind, YearMonth first, YearMonth last, String requestedBy) {
        return builds.claim(kind, first, last, requestedBy, clock.instant());
    }

    /**
     * Empties the staged tables before a build stages them again, by {@code TRUNCATE TABLE}, and
     * drops the staged appointments' secondary indexes ({@link #indexStaging} adds them back): with
     * no transaction (a truncation commits), on a connection of its own. Deleting the millions of
     * rows a national build staged took minutes (every row written to the undo log); a truncation
     * takes a moment. The staged tables are the build's scratch copies, read by nothing else, and
     * only the build that holds the panel's claim stages.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public void emptyStaging() {
        execute(
                "empty the panel's staged tables",
                PanelBuilder.STAGED_TABLES.stream()
                        .map(table -> "truncate table " + table)
                        .toList());
        execute("drop the staged appointments' indexes", List.of(PanelBuilder.dropAppointmentIndexes()));
    }

    /**
     * Adds the staged appointments' secondary indexes once they are copied (before anything reads
     * them), with no transaction (the change of a table's definition commits).
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public void indexStaging() {
        execute("index the staged appointments", List.of(PanelBuilder.addAppointmentIndexes()));
    }

    private void execute(String what, List<String> statements) {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + ": " + e.getMessage(), e);
        }
    }

    /** The version a build stages and whether the trial-area memberships changed since the last copy. */
    public record Staged(SourceVersion version, boolean referenceChanged) {}

    /**
     * Copies the reference data (municipalities, trial-area memberships) the month queries join and
     * fixes the version to stage: the given one, or the sources as they stand now.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Staged reference(SourceVersion asOf) {
        SourceVersion version = asOf != null ? asOf : builder.currentSources();
        String before = builder.referenceDigest();
        builder.loadReferenceData(organisations.municipalities());
        return new Staged(version, !before.equals(builder.referenceDigest()));
    }

    /**
     * Ends the staging: each custody interval's first appointment and, when asked, every person's
     * source digest.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void endStaging(SourceVersion version, boolean withDigests) {
        builder.stageFirstAppointments();
        if (withDigests) {
            builder.stageDigests(version);
        }
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

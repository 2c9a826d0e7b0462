package fi.kuntakokeilu.evaluation.control;

import fi.kuntakokeilu.evaluation.ExportManifest;
import fi.kuntakokeilu.evaluation.ExportView;
import fi.kuntakokeilu.evaluation.IndicatorDefinition;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The work of an export, a transaction at a time: {@link #writeNextMonth} writes the month after the
 * checkpoint and moves the checkpoint in the same transaction; {@link #complete} writes the data
 * dictionary and the manifest, marks the export completed and deletes the files of exports beyond
 * the retention count. A crashed run restarted from its checkpoint writes the remaining months
 * exactly as an uninterrupted run would have.
 */
@ApplicationScoped
public class ExportRun {

    @PersistenceContext
    EntityManager em;

    @Inject
    EvaluationConfiguration configuration;

    /** The threads that compress month files beside the one that reads and sorts them. */
    @Resource
    ManagedExecutorService compressors;

    private Function<String, Optional<PseudonymKey>> keys;
    private Integer keep;

    protected ExportRun() {}

    /** For use outside the container: keys by id, and how many completed exports to keep. */
    public ExportRun(EntityManager em, Function<String, Optional<PseudonymKey>> keys, int keep) {
        this.em = em;
        this.keys = keys;
        this.keep = keep;
    }

    private Optional<PseudonymKey> key(String id) {
        return keys != null ? keys.apply(id) : configuration.key(id);
    }

    private int keep() {
        return keep != null ? keep : configuration.keep();
    }

    /**
     * Writes the first month after the checkpoint; returns false when every month is written.
     *
     * @throws IllegalStateException when the panel no longer is what the snapshot recorded, or the
     *     export's key is not configured
     */
    public boolean writeNextMonth(long exportId, Instant now) {
        ExportStore exports = new ExportStore(em);
        ExportView export = exports.find(exportId).orElseThrow();
        SnapshotStore snapshots = new SnapshotStore(em);
        SnapshotStore.Snapshot snapshot = snapshots.find(export.snapshotId()).orElseThrow();
        Optional<YearMonth> checkpoint = exports.checkpoint(exportId);
        Optional<YearMonth> next = snapshot.months().stream()
                .map(PanelBuilder.PanelMonth::month)
                .filter(m -> checkpoint.isEmpty() || m.isAfter(checkpoint.get()))
                .findFirst();
        if (next.isEmpty()) {
            return false;
        }
        if (!snapshots.panelMatches(snapshot, next.get())) {
            throw new IllegalStateException("the panel's month " + next.get() + " is no longer what snapshot "
                    + snapshot.id() + " recorded: rebuild the panel as of the snapshot's data version ("
                    + snapshot.sources() + ") or export a new snapshot");
        }
        PseudonymKey key = key(export.keyId())
                .orElseThrow(() -> new IllegalStateException("no pseudonymisation key " + export.keyId()));
        Pseudonyms pseudonyms = new Pseudonyms(export.project(), key);
        ExportView.ExportFile file = new PanelExport(em, compressors != null ? compressors : Runnable::run)
                .writeMonth(Path.of(exports.directory(exportId)), next.get(), pseudonyms);
        exports.monthWritten(exportId, next.get(), file, now);
        return true;
    }

    /** Whether a month after the checkpoint remains to be written. */
    public boolean hasNextMonth(long exportId) {
        ExportStore exports = new ExportStore(em);
        Long snapshotId = exports.find(exportId).orElseThrow().snapshotId();
        Optional<YearMonth> checkpoint = exports.checkpoint(exportId);
        return new SnapshotStore(em)
                .find(snapshotId).orElseThrow().months().stream()
                        .anyMatch(m -> checkpoint.isEmpty() || m.month().isAfter(checkpoint.get()));
    }

    /** Writes the dictionary and manifest, completes the export and applies retention. */
    public void complete(long exportId, String actor, Instant now) {
        ExportStore exports = new ExportStore(em);
        ExportView export = exports.find(exportId).orElseThrow();
        SnapshotStore.Snapshot snapshot =
                new SnapshotStore(em).find(export.snapshotId()).orElseThrow();
        Path directory = Path.of(exports.directory(exportId));
        PanelExport files = new PanelExport(em);
        List<IndicatorDefinition> catalogue = IndicatorCatalogue.definitions();
        exports.file(exportId, files.writeDictionary(directory, catalogue));
        List<ExportView.ExportFile> listed = new ArrayList<>(exports.find(exportId).orElseThrow().files().stream()
                .filter(f -> !f.name().equals(PanelExport.MANIFEST))
                .toList());
        ExportManifest manifest = manifest(snapshot, export, listed);
        exports.file(exportId, files.writeManifest(directory, manifest));
        exports.finish(exportId, "COMPLETED", null, actor, now);
        for (ExportView old : exports.beyondRetention(keep())) {
            delete(Path.of(exports.directory(old.id())));
            exports.filesDeleted(old.id(), actor, now);
        }
    }

    public static ExportManifest manifest(
            SnapshotStore.Snapshot snapshot, ExportView export, List<ExportView.ExportFile> files) {
        return new ExportManifest(
                PanelExport.FORMAT,
                snapshot.id(),
                snapshot.checksum(),
                snapshot.sources().maxJobSeekerId(),
                snapshot.sources().maxSituationId(),
                snapshot.sources().maxTransferId(),
                snapshot.firstMonth().toString(),
                snapshot.lastMonth().toString(),
                snapshot.rulesVersion(),
                snapshot.indicatorVersion(),
                IndicatorCatalogue.definitions().stream()
                        .map(d -> d.key() + ":v" + d.version())
                        .toList(),
                export.project(),
                export.keyId(),
                files.stream()
                        .sorted(Comparator.comparing(ExportView.ExportFile::name))
                        .toList());
    }

    private static void delete(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("delete " + directory, e);
        }
    }
}

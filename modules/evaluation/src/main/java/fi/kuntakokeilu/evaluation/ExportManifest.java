package fi.kuntakokeilu.evaluation;

import java.util.List;

/**
 * What an export contains and how it was made: the snapshot (id, checksum, data version), the rule
 * and indicator versions, the research project and pseudonymisation key id, and every file with
 * its row count, size and SHA-256. The same snapshot, project and key always give the same manifest
 * and the same file bytes. Contains no person.
 */
public record ExportManifest(
        String format,
        long snapshotId,
        String snapshotChecksum,
        long maxJobSeekerId,
        long maxSituationId,
        long maxTransferId,
        String firstMonth,
        String lastMonth,
        int panelRulesVersion,
        int indicatorCatalogueVersion,
        List<String> indicators,
        String project,
        String pseudonymKeyId,
        List<ExportView.ExportFile> files) {}

package fi.kuntakokeilu.clients.batch;

import fi.kuntakokeilu.clients.control.BulkTransfer;
import fi.kuntakokeilu.clients.control.JdbcCustodyLedger.TransferRecord;
import fi.kuntakokeilu.clients.control.JdbcTransferRunStore;
import fi.kuntakokeilu.clients.control.Plan;
import fi.kuntakokeilu.clients.control.TransferContexts;
import fi.kuntakokeilu.platform.audit.AuditAction;
import fi.kuntakokeilu.platform.audit.AuditTrail;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Writes a chunk: its transfers (unless the run is dry), preview items, counts, progress and the
 * checkpoint, and an audit row for every person transferred, all in the chunk's transaction.
 */
@Named("transferRunWriter")
@Dependent
public class TransferRunWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    BulkTransfer bulk;

    @Inject
    JdbcTransferRunStore runs;

    @Inject
    TransferContexts contexts;

    @Inject
    AuditTrail audit;

    @Override
    public void writeItems(List<Object> items) {
        TransferRunState state = TransferRunState.of(job, runs, contexts);
        List<Plan> plans = items.stream().map(Plan.class::cast).toList();
        BulkTransfer.ChunkResult result =
                bulk.write(state.runId, state.run.dryRun(), plans, state.requester.username());
        if (!state.run.dryRun() && !result.transfers().isEmpty()) {
            audit.recordAll(
                    state.requester,
                    AuditAction.TRANSFER,
                    "job-seeker",
                    result.transfers().stream()
                            .map(TransferRecord::jobSeekerId)
                            .map(String::valueOf)
                            .toList(),
                    "transfer run " + state.runId);
        }
    }
}

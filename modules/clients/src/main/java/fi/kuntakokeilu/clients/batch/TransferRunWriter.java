package fi.kuntakokeilu.clients.batch;

import fi.kuntakokeilu.clients.control.BulkTransfer;
import fi.kuntakokeilu.clients.control.JdbcCustodyLedger.TransferRecord;
import fi.kuntakokeilu.clients.control.JdbcTransferRunStore;
import fi.kuntakokeilu.clients.control.Plan;
import fi.kuntakokeilu.clients.control.TransferContexts;
import fi.kuntakokeilu.platform.audit.AuditAction;
import fi.kuntakokeilu.platform.audit.AuditTrail;
import fi.kuntakokeilu.platform.audit.InCallersTransaction;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Writes a chunk: its transfers (unless the run is dry), preview items, counts, progress and the
 * checkpoint, and an audit row for every person transferred, all in the chunk's transaction.
 *
 * <p>The reader, processor and writer call no bean with a {@code @Transactional} interceptor: the
 * batch runtime begins and commits each chunk with {@code UserTransaction}, which Payara refuses
 * ("Operation not allowed") to a thread that a shared interceptor left marked as inside
 * {@code @Transactional}.
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

    /**
     * The trail without a transactional interceptor, writing in the chunk's transaction: the
     * default trail's interceptor is shared with the requests calling it at the same time, and can
     * leave this thread unable to commit the chunk (see {@link InCallersTransaction}).
     */
    @Inject
    @InCallersTransaction
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

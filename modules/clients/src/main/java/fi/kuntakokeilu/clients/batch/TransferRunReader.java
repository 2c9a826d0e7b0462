package fi.kuntakokeilu.clients.batch;

import fi.kuntakokeilu.clients.control.BulkTransfer;
import fi.kuntakokeilu.clients.control.ClientsConfiguration;
import fi.kuntakokeilu.clients.control.JdbcTransferRunStore;
import fi.kuntakokeilu.clients.control.TransferContexts;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads job seekers a page at a time, a page being a chunk: the first read of each chunk fetches
 * the next page after the run's own checkpoint in {@code cli_transfer_run} (which a restarted
 * execution, even on another server, finds where the last committed chunk left it). A real run
 * locks the page's rows until the chunk commits.
 */
@Named("transferRunReader")
@Dependent
public class TransferRunReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    BulkTransfer bulk;

    @Inject
    JdbcTransferRunStore runs;

    @Inject
    TransferContexts contexts;

    @Inject
    ClientsConfiguration configuration;

    private final Deque<BulkTransfer.Candidate> page = new ArrayDeque<>();
    private Long position;
    private boolean exhausted;

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            TransferRunState state = TransferRunState.of(job, runs, contexts);
            if (position == null) {
                position = runs.checkpoint(state.runId);
            }
            page.addAll(bulk.read(
                    state.run.effectiveDate(), position, configuration.transferChunkSize(), !state.run.dryRun()));
            exhausted = page.isEmpty();
        }
        BulkTransfer.Candidate next = page.poll();
        if (next != null) {
            position = next.id();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}

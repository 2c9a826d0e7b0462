package fi.kuntakokeilu.clients.batch;

import fi.kuntakokeilu.clients.TransferRunView;
import fi.kuntakokeilu.clients.control.JdbcTransferRunStore;
import fi.kuntakokeilu.clients.control.TransferContext;
import fi.kuntakokeilu.clients.control.TransferContexts;
import fi.kuntakokeilu.platform.security.Caller;
import jakarta.batch.runtime.context.JobContext;

/**
 * What the reader, processor and writer of one job execution share: the run's row, who asked for
 * it, and one {@link TransferContext} for the whole execution (so every decision of a run rests on
 * the same reference data). Kept as the job context's transient user data.
 */
final class TransferRunState {

    final long runId;
    final TransferRunView run;
    final Caller requester;
    final TransferContext context;

    private TransferRunState(long runId, TransferRunView run, Caller requester, TransferContext context) {
        this.runId = runId;
        this.run = run;
        this.requester = requester;
        this.context = context;
    }

    /** The execution's state, taken on first use (inside a chunk's transaction). */
    static TransferRunState of(JobContext job, JdbcTransferRunStore runs, TransferContexts contexts) {
        if (job.getTransientUserData() instanceof TransferRunState state) {
            return state;
        }
        long runId = runId(job);
        TransferRunState state = new TransferRunState(
                runId, runs.find(runId).orElseThrow(), runs.requester(runId).orElseThrow(), contexts.current());
        job.setTransientUserData(state);
        return state;
    }

    static long runId(JobContext job) {
        return Long.parseLong(job.getProperties().getProperty("runId"));
    }
}

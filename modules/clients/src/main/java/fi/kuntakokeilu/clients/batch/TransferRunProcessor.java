package fi.kuntakokeilu.clients.batch;

import fi.kuntakokeilu.clients.control.BulkTransfer;
import fi.kuntakokeilu.clients.control.JdbcTransferRunStore;
import fi.kuntakokeilu.clients.control.TransferContexts;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Decides each job seeker with the target-group rules and plans their transfer; never filters, so the writer counts everyone. */
@Named("transferRunProcessor")
@Dependent
public class TransferRunProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @Inject
    JdbcTransferRunStore runs;

    @Inject
    TransferContexts contexts;

    @Override
    public Object processItem(Object item) {
        TransferRunState state = TransferRunState.of(job, runs, contexts);
        return BulkTransfer.plan(
                (BulkTransfer.Candidate) item, state.run.effectiveDate(), state.run.trialArea(), state.context);
    }
}

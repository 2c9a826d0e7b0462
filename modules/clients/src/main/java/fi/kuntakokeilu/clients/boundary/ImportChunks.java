package fi.kuntakokeilu.clients.boundary;

import fi.kuntakokeilu.clients.ImportReport;
import fi.kuntakokeilu.clients.control.CustomerExtract.Parsed;
import fi.kuntakokeilu.clients.control.JdbcJobSeekerImport;
import fi.kuntakokeilu.clients.control.TransferContext;
import fi.kuntakokeilu.clients.control.TransferContexts;
import fi.kuntakokeilu.platform.audit.AuditAction;
import fi.kuntakokeilu.platform.audit.AuditTrail;
import fi.kuntakokeilu.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The transactions of an import: each chunk commits on its own (with its audit rows), so a file of a
 * million rows never holds one transaction open for its whole length, and what was imported before
 * a failure stays imported and counted.
 */
@ApplicationScoped
public class ImportChunks {

    @Inject
    JdbcJobSeekerImport imports;

    @Inject
    AuditTrail audit;

    @Inject
    TransferContexts contexts;

    /**
     * The rules and areas of today, read in a transaction of their own: a batchlet runs outside any
     * transaction, and the organisations' reader has no transactional interceptor of its own.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public TransferContext context() {
        return contexts.current();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public long begin(Caller caller) {
        return imports.begin(caller.username());
    }

    /** An import to run in the background, of a stored file with this many data lines. */
    @Transactional(TxType.REQUIRES_NEW)
    public long begin(Caller caller, long totalLines) {
        return imports.begin(caller.username(), caller.role(), totalLines);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Caller> requester(long importId) {
        return imports.requester(importId);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void write(long importId, List<Parsed> chunk, TransferContext context, Caller caller) {
        JdbcJobSeekerImport.ChunkOutcome outcome = imports.write(importId, chunk, context, caller.username());
        String purpose = "import " + importId;
        audit.recordAll(caller, AuditAction.IMPORT, "job-seeker", ids(outcome.inserted()), purpose);
        audit.recordAll(caller, AuditAction.IMPORT, "job-seeker", ids(outcome.updated()), purpose);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void finish(long importId, String status, String failure) {
        imports.finish(importId, status, failure);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public ImportReport report(long importId, int listed, Locale language) {
        return imports.report(importId, listed, language).orElseThrow();
    }

    private static List<String> ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).toList();
    }
}

package fi.kuntakokeilu.platform.boundary;

import fi.kuntakokeilu.platform.problem.DatabaseUnavailable;
import fi.kuntakokeilu.platform.problem.Problems;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A transaction that could not commit or roll back ({@code @Transactional} wraps that failure in a
 * {@link TransactionalException}): almost always the database went away mid-transaction, which
 * answers 503 (retry later) as problem details. Without this mapper, Jersey's own mapper for this
 * exception rethrows it and the container answers 500 with its error page. Nothing was committed
 * half: the transaction manager rolled back what it could reach, and the rest rolls back in the
 * database when the connection dies.
 */
@Provider
@ApplicationScoped
@Priority(1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    private static final Logger LOG = Logger.getLogger(TransactionFailureMapper.class.getName());

    @Inject
    ProblemResponses responses;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(TransactionalException e) {
        int status = DatabaseUnavailable.causedBy(e) ? 503 : 500;
        LOG.log(Level.SEVERE, "Request " + responses.requestId() + " failed in its transaction", e);
        return responses.response(Problems.ofStatus(
                responses.language(headers), status, responses.instance(uriInfo), responses.requestId()));
    }
}

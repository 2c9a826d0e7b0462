package fi.kuntakokeilu.organisations.control;

import fi.kuntakokeilu.organisations.entity.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Writes the outcome of sign-ins. Each write is its own transaction: a sign-in happens outside any
 * other work, and a failed one must be counted even though the request then fails.
 */
@ApplicationScoped
public class LoginAttempts {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String username, Lockout lockout, Instant now) {
        StaffAccount account = em.find(StaffAccount.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (account != null) {
            Lockout.State state = lockout.afterFailure(account.failedLogins(), now);
            account.signInOutcome(state.failures(), state.lockedUntil());
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String username) {
        StaffAccount account = em.find(StaffAccount.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (account != null) {
            account.signInOutcome(0, null);
        }
    }
}

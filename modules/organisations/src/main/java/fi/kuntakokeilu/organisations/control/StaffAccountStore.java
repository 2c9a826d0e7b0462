package fi.kuntakokeilu.organisations.control;

import fi.kuntakokeilu.organisations.entity.StaffAccount;
import fi.kuntakokeilu.platform.i18n.Languages;
import fi.kuntakokeilu.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Staff accounts in the database. */
@ApplicationScoped
public class StaffAccountStore {

    @PersistenceContext
    EntityManager em;

    public Optional<StaffAccount> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(em.find(StaffAccount.class, username));
    }

    /**
     * The account with its areas in one statement (not the account, then its areas), for the check
     * of the caller that every request makes.
     */
    public Optional<StaffAccount> findWithAreas(String username) {
        return username == null
                ? Optional.empty()
                : em.createQuery(
                                "select a from StaffAccount a left join fetch a.areaKeys where a.username = :username",
                                StaffAccount.class)
                        .setParameter("username", username)
                        .getResultStream()
                        .findFirst();
    }

    public void add(StaffAccount account) {
        em.persist(account);
    }

    public java.util.List<StaffAccount> all() {
        return em.createQuery("select a from StaffAccount a order by a.username", StaffAccount.class)
                .getResultList();
    }

    public boolean anyAdministrator() {
        return em.createQuery("select count(a) from StaffAccount a where a.role = :role", Long.class)
                        .setParameter("role", fi.kuntakokeilu.platform.security.Role.ADMIN)
                        .getSingleResult()
                > 0;
    }

    public void flush() {
        em.flush();
    }

    /** The caller an enabled account stands for. */
    public Optional<Caller> caller(String username) {
        return findWithAreas(username).filter(StaffAccount::enabled).map(StaffAccountStore::callerOf);
    }

    /** The caller an account stands for, whether or not it is enabled. */
    public static Caller callerOf(StaffAccount account) {
        return new Caller(
                account.username(),
                account.role(),
                account.areaKeys(),
                account.officeKey(),
                Languages.ofTag(account.language()));
    }
}

package fi.kuntakokeilu.services.control;

import fi.kuntakokeilu.platform.problem.AccessDeniedException;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.Role;
import java.util.Optional;

/**
 * Who may make whom the responsible caseworker of a customer of a trial area: a caseworker may take
 * a customer of their own area (only themselves); an area manager, and an administrator, may assign
 * the customer to any caseworker of that area. The assignee must be an enabled caseworker account
 * serving the area (organisations' staff accounts).
 */
public final class CaseworkerRules {

    /** The word that stands for the caller in an assignment or a worklist query. */
    public static final String ME = "me";

    private CaseworkerRules() {}

    /** The account an assignment or a worklist query names: the caller for null, blank or "me". */
    public static String accountOf(Caller caller, String requested) {
        return requested == null || requested.isBlank() || ME.equals(requested) ? caller.username() : requested;
    }

    /**
     * Checks that the caller may make the account responsible within the area.
     *
     * @param account the account as organisations knows it: empty when there is no enabled one
     * @throws AccessDeniedException when a caseworker assigns someone else
     * @throws InvalidInputException when the account is no caseworker of the area
     */
    public static void checkAssignment(Caller caller, String areaKey, String assignee, Optional<Caller> account) {
        if (!caller.servesArea(areaKey)) {
            throw new AccessDeniedException();
        }
        boolean assignsOthers = caller.hasRole(Role.ADMIN, Role.AREA_MANAGER);
        if (!assignsOthers
                && !(caller.hasRole(Role.CASEWORKER) && caller.username().equals(assignee))) {
            throw new AccessDeniedException();
        }
        boolean caseworkerOfArea = account.filter(a -> a.role() == Role.CASEWORKER)
                .filter(a -> a.areaKeys().contains(areaKey))
                .isPresent();
        if (!caseworkerOfArea) {
            throw InvalidInputException.of("caseworker", "services.caseworker.notOfArea", assignee, areaKey);
        }
    }

    /**
     * Checks that the caller may see the worklist of the account's customers in the area: their own,
     * or, for area managers and administrators, any caseworker's of the area.
     */
    public static void checkWorklist(Caller caller, String areaKey, String account, Optional<Caller> found) {
        if (!caller.servesArea(areaKey)) {
            throw new AccessDeniedException();
        }
        if (caller.username().equals(account)) {
            return;
        }
        if (!caller.hasRole(Role.ADMIN, Role.AREA_MANAGER)) {
            throw new AccessDeniedException();
        }
        if (found.filter(a -> a.areaKeys().contains(areaKey)).isEmpty()) {
            throw InvalidInputException.of("caseworker", "services.caseworker.notOfArea", account, areaKey);
        }
    }
}

package fi.kuntakokeilu.platform.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, and where their reach ends: the role and, for scoped roles, the trial areas or the
 * employment office they serve. Every query that returns personal data takes the caller and limits
 * itself by this scope; the user interface only reflects what the queries already decided.
 *
 * @param areaKeys trial areas a caseworker or area manager serves (empty for other roles)
 * @param officeKey the employment office of office staff, else null
 */
public record Caller(String username, Role role, Set<String> areaKeys, String officeKey, Locale locale) {

    /** The identity of work the system does by itself (start-up loads, scheduled jobs). */
    public static final Caller SYSTEM = new Caller("system", Role.ADMIN, Set.of(), null, Locale.forLanguageTag("fi"));

    public Caller {
        areaKeys = areaKeys == null ? Set.of() : Set.copyOf(areaKeys);
    }

    public boolean hasRole(Role... roles) {
        return Arrays.asList(roles).contains(role);
    }

    /** May this caller work with customers for whom this trial area is responsible? */
    public boolean servesArea(String areaKey) {
        return role == Role.ADMIN || (role.servesTrialAreas() && areaKeys.contains(areaKey));
    }

    /** May this caller work with customers for whom this employment office is responsible? */
    public boolean servesOffice(String key) {
        return role == Role.ADMIN || (role == Role.OFFICE_STAFF && key != null && key.equals(officeKey));
    }

    public Optional<String> office() {
        return Optional.ofNullable(officeKey);
    }
}

package fi.kuntakokeilu.organisations;

import fi.kuntakokeilu.platform.security.Role;
import java.io.Serializable;
import java.util.Set;

/**
 * A staff account as shown to its owner and to administrators (never the password hash). Serializable
 * because the UI's view-scoped beans hold it, and sessions are replicated across a cluster.
 */
public record AccountView(
        String username,
        String displayName,
        Role role,
        Set<String> trialAreas,
        String employmentOffice,
        String language,
        boolean enabled,
        boolean locked,
        long version)
        implements Serializable {}

package fi.kuntakokeilu.platform.security;

import java.util.Optional;

/**
 * Where the platform learns a signed-in user's role and scope. The organisations module, which owns
 * staff accounts, provides the one implementation; the platform only asks.
 */
public interface StaffDirectory {

    /** The caller an account name stands for, or empty when there is no such enabled account. */
    Optional<Caller> find(String username);
}

package fi.kuntakokeilu.organisations.control;

import java.time.Duration;
import java.time.Instant;

/**
 * Repeated wrong passwords lock an account for a while, so that passwords cannot be guessed at
 * the speed of the network. A locked account answers exactly like a wrong password, so the lock
 * itself tells a guesser nothing.
 *
 * @param maxFailures wrong passwords in a row that lock the account
 * @param duration how long the lock lasts
 */
public record Lockout(int maxFailures, Duration duration) {

    /** The state after a sign-in attempt: failures in a row, and the lock's end if locked. */
    public record State(int failures, Instant lockedUntil) {}

    public boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** After a wrong password: one more failure, and a lock when they reach the limit. */
    public State afterFailure(int failuresBefore, Instant now) {
        int failures = failuresBefore + 1;
        return failures >= maxFailures ? new State(0, now.plus(duration)) : new State(failures, null);
    }
}

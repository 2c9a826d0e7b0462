package fi.kuntakokeilu.organisations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private final Lockout lockout = new Lockout(5, Duration.ofMinutes(15));

    @Test
    void countsWrongPasswordsBelowTheLimit() {
        assertThat(lockout.afterFailure(3, NOW)).isEqualTo(new Lockout.State(4, null));
    }

    @Test
    void locksAtTheLimitForTheConfiguredTime() {
        Lockout.State state = lockout.afterFailure(4, NOW);

        assertThat(state.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(lockout.isLocked(state.lockedUntil(), NOW.plus(Duration.ofMinutes(14))))
                .isTrue();
        assertThat(lockout.isLocked(state.lockedUntil(), NOW.plus(Duration.ofMinutes(15))))
                .isFalse();
    }

    @Test
    void anAccountNeverLockedIsOpen() {
        assertThat(lockout.isLocked(null, NOW)).isFalse();
    }
}

package fi.kuntakokeilu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SuppressionPolicyTest {

    @Test
    void hidesCountsUnderFiveByDefaultAndShowsTrueZeros() {
        SuppressionPolicy policy = SuppressionPolicy.defaults();

        assertThat(policy.threshold()).isEqualTo(5);
        assertThat(policy.isSmall(0)).isFalse();
        assertThat(policy.isSmall(1)).isTrue();
        assertThat(policy.isSmall(4)).isTrue();
        assertThat(policy.isSmall(5)).isFalse();
        assertThat(policy.leastHiddenCount())
                .as("zeros are shown, so a hidden count is at least 1")
                .isEqualTo(1);
    }

    @Test
    void treatsZerosAsSmallWhenConfiguredTo() {
        SuppressionPolicy policy = new SuppressionPolicy(3, true);

        assertThat(policy.isSmall(0)).isTrue();
        assertThat(policy.isSmall(2)).isTrue();
        assertThat(policy.isSmall(3)).isFalse();
        assertThat(policy.leastHiddenCount()).isZero();
    }

    @Test
    void refusesAThresholdUnderOneAndNegativeCounts() {
        assertThatThrownBy(() -> new SuppressionPolicy(0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SuppressionPolicy.defaults().isSmall(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}

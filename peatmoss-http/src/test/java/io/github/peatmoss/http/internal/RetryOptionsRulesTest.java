package io.github.peatmoss.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.http.RetryOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryOptionsRulesTest {

  @Test
  void defaults_andNone_areWhatTheySay() {
    RetryOptions defaults = RetryOptions.defaults();
    assertThat(defaults.maxRetries()).isEqualTo(5);
    assertThat(defaults.baseDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(defaults.maxDelay()).isEqualTo(Duration.ofSeconds(16));
    assertThat(defaults.maxWait()).isEqualTo(Duration.ofMinutes(5));
    assertThat(defaults.isPacing()).isTrue();

    RetryOptions none = RetryOptions.none();
    assertThat(none.maxRetries()).isZero();
    assertThat(none.maxWait()).isEqualTo(Duration.ZERO);
    assertThat(none.isPacing()).isFalse();
    assertThat(none.toBuilder().build()).isEqualTo(none).isNotEqualTo(defaults);
  }

  @Test
  void negativeSettings_areRejected_zeroIsFine() {
    assertThatThrownBy(() -> RetryOptions.builder().maxRetries(-1).build())
        .hasMessage("maxRetries must be >= 0: -1");
    assertThatThrownBy(
            () -> RetryOptions.builder().baseDelay(Duration.ofMillis(-1)).build())
        .hasMessage("retry durations must not be negative: PT-0.001S");
    assertThatThrownBy(
            () -> RetryOptions.builder().maxDelay(Duration.ofSeconds(-2)).build())
        .hasMessageContaining("must not be negative: PT-2S");
    assertThatThrownBy(
            () -> RetryOptions.builder().maxWait(Duration.ofMinutes(-1)).build())
        .hasMessageContaining("must not be negative: PT-1M");
    RetryOptions zero = RetryOptions.builder()
        .maxRetries(0)
        .baseDelay(Duration.ZERO)
        .maxDelay(Duration.ZERO)
        .maxWait(Duration.ZERO)
        .build();
    assertThat(zero.maxRetries()).isZero();
  }
}

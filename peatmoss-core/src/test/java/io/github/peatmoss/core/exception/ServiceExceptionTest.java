package io.github.peatmoss.core.exception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceExceptionTest {

  @ParameterizedTest(name = "{0} retryable: {1}")
  @CsvSource({
    "400, false",
    "403, false",
    "404, false",
    "407, false",
    "408, true",
    "409, false",
    "428, false",
    "429, true",
    "430, false",
    "499, false",
    "500, true",
    "503, true",
    "599, true"
  })
  void isRetryable_only408_429_and5xx(int status, boolean retryable) {
    assertThat(new PeatmossServiceException("m", status, null, null).isRetryable())
        .isEqualTo(retryable);
  }

  @Test
  void carriesStatus_requestId_andServiceMessage() {
    PeatmossServiceException e =
        new PeatmossServiceException("what to do", 502, "req-7", "bad gateway");
    assertThat(e).hasMessage("what to do");
    assertThat(e.statusCode()).isEqualTo(502);
    assertThat(e.requestId()).contains("req-7");
    assertThat(e.serviceMessage()).contains("bad gateway");

    PeatmossServiceException bare = new PeatmossServiceException("m", 400, null, null);
    assertThat(bare.requestId()).isEmpty();
    assertThat(bare.serviceMessage()).isEmpty();
  }

  @Test
  void rateLimit_isRetryableWhateverItsStatus_andCarriesItsWait() {
    Instant reset = Instant.parse("2026-11-27T18:00:00Z");
    RateLimitException e =
        new RateLimitException("wait", 403, "r", "secondary limit", Duration.ofSeconds(61), reset);
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.statusCode()).isEqualTo(403);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(61));
    assertThat(e.resetAt()).contains(reset);

    RateLimitException unknown = new RateLimitException("wait", 429, null, null, null, null);
    assertThat(unknown.retryAfter()).isEmpty();
    assertThat(unknown.resetAt()).isEmpty();
  }
}

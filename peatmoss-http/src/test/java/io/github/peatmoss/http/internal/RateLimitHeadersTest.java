package io.github.peatmoss.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  @Test
  void parse_ietfStructuredFields_readsBucketRemainingResetAndPolicy() {
    Headers headers = Headers.of(
        "RateLimit", "\"api\";r=0;t=55",
        "RateLimit-Policy", "\"fixed window\";\"api\";q=500;w=300");
    RateLimitInfo info = RateLimitHeaders.parse(headers, NOW);
    assertThat(info.bucket()).hasValue("api");
    assertThat(info.remaining()).hasValue(0);
    assertThat(info.isExhausted()).isTrue();
    assertThat(info.resetAt()).hasValue(NOW.plusSeconds(55));
    assertThat(info.limit()).hasValue(500);
    assertThat(info.window()).hasValue(Duration.ofMinutes(5));
  }

  @Test
  void parse_olderDraftHeaders_readsRemainingAndDeltaReset() {
    Headers headers =
        Headers.of("RateLimit-Limit", "100", "RateLimit-Remaining", "7", "RateLimit-Reset", "30");
    RateLimitInfo info = RateLimitHeaders.parse(headers, NOW);
    assertThat(info.remaining()).hasValue(7);
    assertThat(info.limit()).hasValue(100);
    assertThat(info.resetAt()).hasValue(NOW.plusSeconds(30));
  }

  @Test
  void parse_githubHeaders_readsResetAgainstServerDate() {
    // The server clock is 10 s behind ours: the reset is 60 s after the server's Date, so 60 s from
    // now.
    Instant serverNow = NOW.minusSeconds(10);
    Headers headers = Headers.of(
        "X-RateLimit-Limit",
        "5000",
        "X-RateLimit-Remaining",
        "0",
        "X-RateLimit-Reset",
        Long.toString(serverNow.getEpochSecond() + 60),
        "X-RateLimit-Resource",
        "core",
        "Date",
        "Thu, 26 Nov 2026 11:59:50 GMT");
    RateLimitInfo info = RateLimitHeaders.parse(headers, NOW);
    assertThat(info.bucket()).hasValue("core");
    assertThat(info.isExhausted()).isTrue();
    assertThat(info.limit()).hasValue(5000);
    assertThat(info.resetAt()).hasValue(NOW.plusSeconds(60));
  }

  @Test
  void parse_noHeaders_isNone() {
    assertThat(RateLimitHeaders.parse(Headers.of("Content-Type", "text/plain"), NOW))
        .isEqualTo(RateLimitInfo.NONE);
  }

  @Test
  void retryAfter_deltaSeconds_andHttpDateAgainstServerDate() {
    assertThat(RateLimitHeaders.retryAfter(Headers.of("Retry-After", "17"), NOW))
        .hasValue(Duration.ofSeconds(17));
    Headers dated = Headers.of(
        "Retry-After", "Thu, 26 Nov 2026 11:00:30 GMT", "Date", "Thu, 26 Nov 2026 11:00:00 GMT");
    assertThat(RateLimitHeaders.retryAfter(dated, NOW)).hasValue(Duration.ofSeconds(30));
    assertThat(RateLimitHeaders.retryAfter(Headers.of("Retry-After", "soon"), NOW))
        .isEmpty();
  }
}

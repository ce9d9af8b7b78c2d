package io.github.peatmoss.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.http.RetryOptions;
import io.github.peatmoss.http.WaitListener;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which answers are retried, how long the server asked to wait, and the backoff curve. */
class RetryDecisionsTest {
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  private static Response response(int code, Headers headers, String body) {
    return new Response.Builder()
        .request(new Request.Builder().url("https://api.example/repos/a/b").build())
        .protocol(Protocol.HTTP_1_1)
        .code(code)
        .message("")
        .headers(headers)
        .body(ResponseBody.create(body, MediaType.get("application/json")))
        .build();
  }

  private static RateLimitInfo remaining(long left, Instant resetAt) {
    return new RateLimitInfo(
        Optional.of("core"),
        OptionalLong.of(left),
        OptionalLong.of(60),
        Optional.ofNullable(resetAt),
        Optional.empty());
  }

  @ParameterizedTest(name = "{0} retryable: {1}")
  @CsvSource({
    "408, true", "429, true", "500, true", "502, true", "503, true", "504, true",
    "400, false", "401, false", "403, false", "404, false", "409, false", "501, false",
    "505, false"
  })
  void isRetryable_byStatus(int code, boolean retryable) {
    assertThat(RetryInterceptor.isRetryable(response(code, Headers.of(), ""), RateLimitInfo.NONE))
        .isEqualTo(retryable);
  }

  @Test
  void github403_isARateLimitWhenSpent_orMarked_andOnlyThen() {
    assertThat(RetryInterceptor.isRateLimit403(
            response(403, Headers.of(), ""), remaining(0, NOW.plusSeconds(60))))
        .isTrue();
    assertThat(RetryInterceptor.isRateLimit403(
            response(403, Headers.of(), ""), remaining(1, NOW.plusSeconds(60))))
        .isFalse();
    assertThat(RetryInterceptor.isRateLimit403(
            response(403, Headers.of("Retry-After", "30"), ""), RateLimitInfo.NONE))
        .isTrue();
    assertThat(RetryInterceptor.isRateLimit403(
            response(403, Headers.of("gh-limited-by", "search-elapsed-seconds"), ""),
            RateLimitInfo.NONE))
        .isTrue();
    assertThat(RetryInterceptor.isRetryable(
            response(403, Headers.of("gh-limited-by", "x"), ""), RateLimitInfo.NONE))
        .isTrue();
    assertThat(RetryInterceptor.isRateLimit403(
            response(403, Headers.of(), "{\"message\":\"Resource not accessible by token\"}"),
            RateLimitInfo.NONE))
        .isFalse();
    // Other statuses are never GitHub 403 rate limits, whatever they carry.
    assertThat(RetryInterceptor.isRateLimit403(
            response(429, Headers.of("Retry-After", "30"), ""), remaining(0, NOW)))
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes.\"}",
        "{\"message\":\"You have triggered an abuse detection mechanism.\"}",
        "SECONDARY RATE LIMIT"
      })
  void github403_withASecondaryLimitBody_isARateLimit_waitingOneMinute(String body) {
    Response response = response(403, Headers.of(), body);
    assertThat(RetryInterceptor.isRateLimit403(response, RateLimitInfo.NONE)).isTrue();
    assertThat(RetryInterceptor.requiredWait(response, RateLimitInfo.NONE, NOW))
        .contains(Duration.ofMinutes(1));
  }

  @Test
  void requiredWait_retryAfterFirst_thenTheSpentWindowsResetPlusOneSecond() {
    Instant reset = NOW.plusSeconds(42);
    assertThat(RetryInterceptor.requiredWait(
            response(429, Headers.of("Retry-After", "7"), ""), remaining(0, reset), NOW))
        .contains(Duration.ofSeconds(7));
    assertThat(RetryInterceptor.requiredWait(
            response(429, Headers.of(), ""), remaining(0, reset), NOW))
        .contains(Duration.ofSeconds(43));
    assertThat(RetryInterceptor.requiredWait(
            response(403, Headers.of(), ""), remaining(0, reset), NOW))
        .contains(Duration.ofSeconds(43));
    // A reset already past waits nothing; a window with requests left waits for nothing.
    assertThat(RetryInterceptor.requiredWait(
            response(429, Headers.of(), ""), remaining(0, NOW.minusSeconds(10)), NOW))
        .contains(Duration.ZERO);
    assertThat(RetryInterceptor.requiredWait(
            response(429, Headers.of(), ""), remaining(3, reset), NOW))
        .isEmpty();
    assertThat(RetryInterceptor.requiredWait(
            response(503, Headers.of(), ""), remaining(0, reset), NOW))
        .isEmpty();
    assertThat(
            RetryInterceptor.requiredWait(response(429, Headers.of(), ""), remaining(0, null), NOW))
        .isEmpty();
    assertThat(
            RetryInterceptor.requiredWait(response(403, Headers.of(), ""), RateLimitInfo.NONE, NOW))
        .isEmpty();
  }

  private static RetryInterceptor interceptor(RetryOptions options, double jitter) {
    FakeTime time = new FakeTime(NOW);
    return new RetryInterceptor(
        options,
        time,
        time,
        new RateLimiter(time, time),
        r -> "b",
        () -> jitter,
        WaitListener.NONE);
  }

  @Test
  void backoff_isHalfFixedHalfJitter_doublingFromTheBase() {
    RetryOptions options = RetryOptions.builder()
        .baseDelay(Duration.ofSeconds(1))
        .maxDelay(Duration.ofSeconds(16))
        .build();
    RetryInterceptor none = interceptor(options, 0.0);
    RetryInterceptor most = interceptor(options, 0.75);
    assertThat(none.backoff(0)).isEqualTo(Duration.ofMillis(500));
    assertThat(most.backoff(0)).isEqualTo(Duration.ofMillis(875));
    assertThat(none.backoff(1)).isEqualTo(Duration.ofMillis(1000));
    assertThat(most.backoff(1)).isEqualTo(Duration.ofMillis(1750));
    assertThat(none.backoff(3)).isEqualTo(Duration.ofMillis(4000));
    assertThat(none.backoff(4)).isEqualTo(Duration.ofMillis(8000));
    assertThat(none.backoff(5)).isEqualTo(Duration.ofMillis(8000));
    assertThat(most.backoff(5)).isEqualTo(Duration.ofMillis(14000));
  }

  @Test
  void backoff_staysAtTheCap_howeverManyAttempts_evenWhereDoublingWouldOverflow() {
    RetryOptions options = RetryOptions.builder()
        .baseDelay(Duration.ofDays(150)) // 150 days * 2^30 ms no longer fits in a long
        .maxDelay(Duration.ofDays(300))
        .build();
    RetryInterceptor none = interceptor(options, 0.0);
    Duration halfCap = Duration.ofDays(150);
    for (int attempt = 1; attempt <= 70; attempt++) {
      assertThat(none.backoff(attempt)).as("attempt %d", attempt).isEqualTo(halfCap);
    }
    assertThat(none.backoff(0)).isEqualTo(Duration.ofDays(75));
  }

  @Test
  void backoff_fromAttempt30On_isTheCap_belowItTheDoubling() {
    long cap = 1L << 40;
    RetryOptions options = RetryOptions.builder()
        .baseDelay(Duration.ofMillis(1))
        .maxDelay(Duration.ofMillis(cap))
        .build();
    RetryInterceptor none = interceptor(options, 0.0);
    assertThat(none.backoff(29)).isEqualTo(Duration.ofMillis(1L << 28));
    assertThat(none.backoff(30)).isEqualTo(Duration.ofMillis(cap / 2));
  }

  @Test
  void waitBefore_isWhatTheServerAsked_elseTheBackoff() {
    RetryInterceptor none = interceptor(RetryOptions.defaults(), 0.0);
    assertThat(none.waitBefore(
            response(429, Headers.of("Retry-After", "9"), ""), RateLimitInfo.NONE, NOW, 3))
        .isEqualTo(Duration.ofSeconds(9));
    assertThat(none.waitBefore(response(503, Headers.of(), ""), RateLimitInfo.NONE, NOW, 3))
        .isEqualTo(Duration.ofSeconds(4));
  }

  /** A body whose every read fails, as a connection that breaks while the error page arrives. */
  static ResponseBody unreadable() {
    okio.Source failing = new okio.Source() {
      @Override
      public long read(okio.Buffer sink, long byteCount) throws java.io.IOException {
        throw new java.io.IOException("connection reset");
      }

      @Override
      public okio.Timeout timeout() {
        return okio.Timeout.NONE;
      }

      @Override
      public void close() {}
    };
    return ResponseBody.create(okio.Okio.buffer(failing), MediaType.get("application/json"), -1);
  }

  @Test
  void github403_whoseBodyCannotBeRead_isNoRateLimit() {
    Response response = new Response.Builder()
        .request(new Request.Builder().url("https://api.example/repos/a/b").build())
        .protocol(Protocol.HTTP_1_1)
        .code(403)
        .message("")
        .body(unreadable())
        .build();
    assertThat(RetryInterceptor.isRateLimit403(response, RateLimitInfo.NONE)).isFalse();
  }
}

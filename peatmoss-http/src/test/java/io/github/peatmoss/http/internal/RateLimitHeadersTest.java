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

  @Test
  void parse_structured_takesTheFirstMemberWithRemaining_quotedCommasAndAnyCase() {
    Headers headers = Headers.of(
        "RateLimit", "\"x,y\";q=1, \"a,b\";R=3;T=5, \"later\";r=9",
        "RateLimit-Policy", "\"fixed window\", \"api\";q=500");
    RateLimitInfo info = RateLimitHeaders.parse(headers, NOW);
    assertThat(info.bucket()).hasValue("a,b");
    assertThat(info.remaining()).hasValue(3);
    assertThat(info.resetAt()).hasValue(NOW.plusSeconds(5));
    assertThat(info.limit()).hasValue(500);
    assertThat(info.window()).isEmpty();
  }

  @Test
  void parse_structuredWithoutReset_orWithAWindowOnly() {
    RateLimitInfo info = RateLimitHeaders.parse(
        Headers.of("RateLimit", "api;r=2", "RateLimit-Policy", "api;w=60"), NOW);
    assertThat(info.bucket()).hasValue("api");
    assertThat(info.remaining()).hasValue(2);
    assertThat(info.resetAt()).isEmpty();
    assertThat(info.limit()).isEmpty();
    assertThat(info.window()).hasValue(Duration.ofSeconds(60));
    assertThat(info.isExhausted()).isFalse();
  }

  @Test
  void parse_aPolicyDoesNotHideTheOlderDraftsRemaining_butItsLimitWins() {
    Headers headers = Headers.of(
        "RateLimit-Policy", "api;q=500",
        "RateLimit-Limit", "100",
        "RateLimit-Remaining", "\"7\"");
    RateLimitInfo info = RateLimitHeaders.parse(headers, NOW);
    assertThat(info.remaining()).hasValue(7);
    assertThat(info.limit()).hasValue(500);
    assertThat(info.resetAt()).isEmpty();
  }

  @Test
  void parse_aResetAlone_isStillAnAnswer() {
    RateLimitInfo info = RateLimitHeaders.parse(Headers.of("RateLimit-Reset", "9"), NOW);
    assertThat(info).isNotEqualTo(RateLimitInfo.NONE);
    assertThat(info.remaining()).isEmpty();
    assertThat(info.resetAt()).hasValue(NOW.plusSeconds(9));
  }

  @Test
  void parse_unreadableNumbers_areLeftOut() {
    assertThat(RateLimitHeaders.parse(Headers.of("RateLimit-Remaining", "\""), NOW))
        .isEqualTo(RateLimitInfo.NONE);
    assertThat(RateLimitHeaders.parse(Headers.of("RateLimit-Remaining", "\"\""), NOW))
        .isEqualTo(RateLimitInfo.NONE);
    assertThat(RateLimitHeaders.parse(Headers.of("RateLimit-Remaining", "many"), NOW))
        .isEqualTo(RateLimitInfo.NONE);
    assertThat(RateLimitHeaders.parse(Headers.of("RateLimit-Remaining", " 4 "), NOW)
            .remaining())
        .hasValue(4);
  }

  @Test
  void parse_structuredWins_overGithubHeaders() {
    Headers headers = Headers.of(
        "RateLimit", "api;r=2;t=9",
        "X-RateLimit-Remaining", "40",
        "X-RateLimit-Resource", "core");
    RateLimitInfo info = RateLimitHeaders.parse(headers, NOW);
    assertThat(info.remaining()).hasValue(2);
    assertThat(info.bucket()).hasValue("api");
  }

  @Test
  void parse_githubHeaders_withoutDate_orWithAPastReset() {
    Headers noDate = Headers.of(
        "X-RateLimit-Remaining",
        "0",
        "X-RateLimit-Reset",
        Long.toString(NOW.getEpochSecond() + 30));
    assertThat(RateLimitHeaders.parse(noDate, NOW).resetAt()).hasValue(NOW.plusSeconds(30));
    assertThat(RateLimitHeaders.parse(noDate, NOW).bucket()).isEmpty();
    Headers past = Headers.of(
        "X-RateLimit-Remaining",
        "0",
        "X-RateLimit-Reset",
        Long.toString(NOW.getEpochSecond() - 30));
    assertThat(RateLimitHeaders.parse(past, NOW).resetAt()).hasValue(NOW);
    Headers noReset = Headers.of("X-RateLimit-Remaining", "12", "X-RateLimit-Limit", "60");
    RateLimitInfo info = RateLimitHeaders.parse(noReset, NOW);
    assertThat(info.remaining()).hasValue(12);
    assertThat(info.limit()).hasValue(60);
    assertThat(info.resetAt()).isEmpty();
  }

  @Test
  void retryAfter_negativeOrPast_isNoWait_blankIsNone_dateWithoutServerDateIsAgainstNow() {
    assertThat(RateLimitHeaders.retryAfter(Headers.of("Retry-After", "-5"), NOW))
        .hasValue(Duration.ZERO);
    assertThat(RateLimitHeaders.retryAfter(Headers.of("Retry-After", " "), NOW)).isEmpty();
    assertThat(RateLimitHeaders.retryAfter(Headers.of(), NOW)).isEmpty();
    assertThat(RateLimitHeaders.retryAfter(
            Headers.of("Retry-After", "Thu, 26 Nov 2026 11:59:00 GMT"), NOW))
        .hasValue(Duration.ZERO);
    assertThat(RateLimitHeaders.retryAfter(
            Headers.of("Retry-After", "Thu, 26 Nov 2026 12:00:45 GMT"), NOW))
        .hasValue(Duration.ofSeconds(45));
    assertThat(RateLimitHeaders.retryAfter(
            Headers.of("Retry-After", "Thu, 26 Nov 2026 12:00:45 GMT", "Date", "yesterday"), NOW))
        .hasValue(Duration.ofSeconds(45));
  }

  @Test
  void parse_anEmptyQuotedName_isAnEmptyBucketName() {
    assertThat(RateLimitHeaders.parse(Headers.of("RateLimit", "\"\";r=1"), NOW).bucket())
        .hasValue("");
  }

  @Test
  void parse_aPolicyAlone_saysNothingAboutTheCurrentWindow() {
    assertThat(RateLimitHeaders.parse(
            Headers.of("RateLimit-Policy", "\"fixed window\";\"api\";q=500;w=300"), NOW))
        .isEqualTo(RateLimitInfo.NONE);
    assertThat(RateLimitHeaders.parse(Headers.of("RateLimit-Limit", "100"), NOW))
        .isEqualTo(RateLimitInfo.NONE);
  }
}

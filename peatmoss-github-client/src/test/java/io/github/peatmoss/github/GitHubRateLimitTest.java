package io.github.peatmoss.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.exception.AuthenticationException;
import io.github.peatmoss.core.exception.RateLimitException;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.github.testing.LoopbackServers;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.GitHubToken;
import io.github.peatmoss.http.internal.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** GitHub's primary and secondary rate limits, in each form GitHub sends them, per bucket. */
class GitHubRateLimitTest {
  private static final Instant START = Instant.parse("2026-11-26T12:00:00Z");

  @StartStop
  private final MockWebServer server = LoopbackServers.noDelay();

  private final FakeTime time = new FakeTime(START);

  private GitHubClient client() {
    return GitHubClient.builder()
        .endpoint(server.url("/").uri())
        .token(GitHubToken.of("ghp_secret"))
        .settings(ClientSettings.builder().clock(time).sleeper(time).build())
        .build();
  }

  private static MockResponse.Builder limited(
      int code, String bucket, long remaining, Instant reset, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setHeader(
            "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(START.atOffset(ZoneOffset.UTC)))
        .setHeader("X-RateLimit-Limit", bucket.equals("core") ? 5000 : 30)
        .setHeader("X-RateLimit-Remaining", remaining)
        .setHeader("X-RateLimit-Used", 5000 - remaining)
        .setHeader("X-RateLimit-Reset", reset.getEpochSecond())
        .setHeader("X-RateLimit-Resource", bucket)
        .body(Fixtures.read(body));
  }

  private GitHubRepository fetch(GitHubClient client) {
    return client.getRepository(RepoRef.of("segment-any-text", "wtpsplit"));
  }

  @Test
  void primary_403WithRemaining0_waitsForTheReset() {
    server.enqueue(limited(403, "core", 0, START.plusSeconds(30), "primary_limit_body.json")
        .build());
    server.enqueue(Fixtures.json("repo_mit.json").build());
    assertThat(fetch(client()).stars()).isEqualTo(871);
    assertThat(time.sleeps)
        .containsExactly(Duration.ofSeconds(31)); // the reset plus a second's margin
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void primary_429WithRemaining0_waitsForTheReset() {
    server.enqueue(limited(429, "core", 0, START.plusSeconds(45), "primary_limit_body.json")
        .build());
    server.enqueue(Fixtures.json("repo_mit.json").build());
    assertThat(fetch(client()).stars()).isEqualTo(871);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(46));
  }

  @Test
  void primary_resetBeyondMaxWait_failsWithTheResetTime_withoutSleeping() {
    server.enqueue(limited(403, "core", 0, START.plusSeconds(3600), "primary_limit_body.json")
        .build());
    assertThatThrownBy(() -> fetch(client()))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(403);
          assertThat(e.resetAt()).hasValue(START.plusSeconds(3601));
        })
        .hasMessageContaining("API rate limit exceeded")
        .hasMessageNotContaining("ghp_secret");
    assertThat(time.sleeps).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void secondary_403WithRetryAfter_waitsAsAsked() {
    server.enqueue(limited(403, "core", 4000, START.plusSeconds(3600), "secondary_limit_body.json")
        .setHeader("Retry-After", "30")
        .build());
    server.enqueue(Fixtures.json("repo_mit.json").build());
    assertThat(fetch(client()).stars()).isEqualTo(871);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void secondary_429WithRetryAfter_waitsAsAsked() {
    server.enqueue(limited(429, "core", 4000, START.plusSeconds(3600), "secondary_limit_body.json")
        .setHeader("Retry-After", "8")
        .build());
    server.enqueue(Fixtures.json("repo_mit.json").build());
    assertThat(fetch(client()).stars()).isEqualTo(871);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(8));
  }

  @Test
  void secondary_403WithGhLimitedBy_waitsAMinute() {
    server.enqueue(limited(403, "core", 4000, START.plusSeconds(3600), "secondary_limit_body.json")
        .setHeader("gh-limited-by", "search-elapsed-time-shared-grouped")
        .build());
    server.enqueue(Fixtures.json("repo_mit.json").build());
    assertThat(fetch(client()).stars()).isEqualTo(871);
    assertThat(time.sleeps).containsExactly(Duration.ofMinutes(1));
  }

  @Test
  void secondary_403WithTheMessageOnly_waitsAMinute() {
    server.enqueue(limited(403, "core", 4000, START.plusSeconds(3600), "secondary_limit_body.json")
        .build());
    server.enqueue(Fixtures.json("repo_mit.json").build());
    assertThat(fetch(client()).stars()).isEqualTo(871);
    assertThat(time.sleeps).containsExactly(Duration.ofMinutes(1));
  }

  @Test
  void plain403_isAPermissionError_notRetried() {
    server.enqueue(new MockResponse.Builder()
        .code(403)
        .setHeader("X-RateLimit-Remaining", 4000)
        .body("{\"message\":\"Resource not accessible by personal access token\"}")
        .build());
    assertThatThrownBy(() -> fetch(client()))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("Resource not accessible");
    assertThat(time.sleeps).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void buckets_areSeparate_aSpentCoreBucketDoesNotHoldSearch() {
    // core says: nothing left until an hour from now; search still has requests.
    server.enqueue(
        limited(200, "core", 0, START.plusSeconds(3600), "repo_mit.json").build());
    server.enqueue(limited(200, "search", 29, START.plusSeconds(60), "search_code_page.json")
        .build());
    GitHubClient client = client();
    fetch(client);

    assertThat(client.searchCode("import timm").stream().collect(Collectors.toList()))
        .hasSize(2);
    assertThatThrownBy(() -> fetch(client))
        .as("core is paced: the next request would wait an hour")
        .isInstanceOf(RateLimitException.class)
        .hasMessageContaining("'core'");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps).isEmpty();

    Map<String, GitHubRateLimit> limits =
        client.rateLimits().stream().collect(Collectors.toMap(GitHubRateLimit::bucket, l -> l));
    assertThat(limits.get("core").remaining()).hasValue(0);
    assertThat(limits.get("core").resetAt()).hasValue(START.plusSeconds(3600));
    assertThat(limits.get("core").requests()).isEqualTo(1);
    assertThat(limits.get("search").remaining()).hasValue(29);
    assertThat(limits.get("search").limit()).hasValue(30);
  }

  @Test
  void codeSearch_isItsOwnBucket_alsoUnderAnEnterprisePath() {
    assertThat(List.of(
            "/search/code", "/search/repositories", "/repos/a/b", "/repositories/7", "/graphql"))
        .extracting(GitHubClient::bucket)
        .containsExactly("code_search", "search", "core", "core", "graphql");
    HttpUrl api = HttpUrl.get("https://ghe.example/api/v3/");
    HttpUrl raw = HttpUrl.get("https://ghe.example/raw/");
    assertThat(GitHubClient.bucketOf(
            HttpUrl.get("https://ghe.example/api/v3/search/code?q=x"), api, raw))
        .isEqualTo("code_search");
    assertThat(GitHubClient.bucketOf(HttpUrl.get("https://ghe.example/api/v3/repos/a/b"), api, raw))
        .isEqualTo("core");
    assertThat(
            GitHubClient.bucketOf(HttpUrl.get("https://ghe.example/raw/a/b/main/x.py"), api, raw))
        .isEqualTo("raw");
    assertThat(GitHubClient.bucketOf(
            HttpUrl.get("https://raw.githubusercontent.com/a/b/main/x.py"),
            HttpUrl.get("https://api.github.com"),
            HttpUrl.get("https://raw.githubusercontent.com")))
        .isEqualTo("raw");
  }
}

package io.github.peatmoss.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.exception.AuthenticationException;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.exception.PeatmossServiceException;
import io.github.peatmoss.core.exception.RateLimitException;
import io.github.peatmoss.core.exception.ResourceNotFoundException;
import io.github.peatmoss.core.exception.TransportException;
import io.github.peatmoss.http.RetryOptions;
import io.github.peatmoss.http.WaitListener;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

class HttpTransportTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final FakeTime time = new FakeTime(Instant.parse("2026-11-26T12:00:00Z"));

  private HttpTransport.Builder transport() {
    return HttpTransport.builder()
        .baseUrl(server.url("/"))
        .httpClient(new OkHttpClient.Builder().retryOnConnectionFailure(false).build())
        .clock(time)
        .sleeper(time)
        .jitter(() -> 0.5)
        .bearerToken("hf_secret_token_value");
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Test
  void getJson_429WithRateLimitHeaders_waitsForResetThenSucceeds() throws Exception {
    server.enqueue(new MockResponse.Builder()
        .code(429)
        .addHeader("RateLimit", "\"api\";r=0;t=42")
        .addHeader("RateLimit-Policy", "\"fixed window\";\"api\";q=500;w=300")
        .body("Too Many Requests")
        .build());
    server.enqueue(json("{\"ok\":true}"));

    JsonNode body = transport().build().getJson(server.url("/api/models/a/b"));

    assertThat(body.get("ok").asBoolean()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(43));
  }

  @Test
  void getJson_retryAfterHeader_takesPrecedence() {
    server.enqueue(
        new MockResponse.Builder().code(429).addHeader("Retry-After", "7").build());
    server.enqueue(json("[]"));
    transport().build().getJson(server.url("/x"));
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void getJson_5xxThenSuccess_retriesWithExponentialBackoff() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(502).build());
    server.enqueue(new MockResponse.Builder().code(500).build());
    server.enqueue(json("{}"));
    transport().build().getJson(server.url("/x"));
    // base 1 s doubling; jitter 0.5 puts each wait at 3/4 of its step.
    assertThat(time.sleeps)
        .containsExactly(Duration.ofMillis(750), Duration.ofMillis(1500), Duration.ofMillis(3000));
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void getJson_408ThenSuccess_isRetried() {
    server.enqueue(new MockResponse.Builder().code(408).build());
    server.enqueue(new MockResponse.Builder().code(504).build());
    server.enqueue(json("{}"));
    transport().build().getJson(server.url("/x"));
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(time.sleeps).hasSize(2);
  }

  @Test
  void getJson_5xxBeyondMaxRetries_throwsRetryableServiceException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder().code(500).body("{\"error\":\"boom\"}").build());
    }
    HttpTransport t =
        transport().retryOptions(RetryOptions.builder().maxRetries(2).build()).build();
    assertThatThrownBy(() -> t.getJson(server.url("/api/x?secret=1")))
        .isInstanceOfSatisfying(PeatmossServiceException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(500);
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.serviceMessage()).hasValue("boom");
        })
        .hasMessageStartingWith("GET /api/x -> 500")
        .hasMessageNotContaining("secret");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void getJson_connectionDropped_isRetried() {
    server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .build());
    server.enqueue(json("{}"));
    transport().build().getJson(server.url("/x"));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps).hasSize(1);
  }

  @Test
  void getJson_connectionDroppedEveryTime_throwsTransportException() {
    for (int i = 0; i < 2; i++) {
      server.enqueue(new MockResponse.Builder()
          .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
          .build());
    }
    HttpTransport t =
        transport().retryOptions(RetryOptions.builder().maxRetries(1).build()).build();
    assertThatThrownBy(() -> t.getJson(server.url("/x")))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("GET /x failed")
        .hasMessageContaining("check the network");
  }

  @Test
  void getJson_unknownHost_failsAtOnceWithoutRetrying() {
    java.util.concurrent.atomic.AtomicInteger lookups =
        new java.util.concurrent.atomic.AtomicInteger();
    HttpTransport offline = transport()
        .baseUrl(HttpUrl.get("http://hub.peatmoss.invalid/"))
        .httpClient(new OkHttpClient.Builder()
            .retryOnConnectionFailure(false)
            .dns(host -> {
              lookups.incrementAndGet();
              throw new java.net.UnknownHostException(host);
            })
            .build())
        .build();

    assertThatThrownBy(() -> offline.getJson(HttpUrl.get("http://hub.peatmoss.invalid/api/models")))
        .isInstanceOf(TransportException.class)
        .hasMessage(
            "GET /api/models failed: cannot resolve host hub.peatmoss.invalid; check the endpoint and"
                + " that this machine has network access");
    assertThat(lookups.get()).isEqualTo(1);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void getJson_waitLongerThanMaximum_throwsRateLimitExceptionWithResetTime() {
    server.enqueue(new MockResponse.Builder()
        .code(429)
        .addHeader("RateLimit", "\"api\";r=0;t=250")
        .build());
    HttpTransport t = transport()
        .retryOptions(RetryOptions.builder().maxWait(Duration.ofSeconds(60)).build())
        .build();
    assertThatThrownBy(() -> t.getJson(server.url("/api/models")))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(251));
          assertThat(e.resetAt()).hasValue(Instant.parse("2026-11-26T12:04:11Z"));
        })
        .hasMessageContaining("Rate limited until 2026-11-26T12:04:11Z");
    assertThat(time.sleeps).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void pacing_spentWindow_nextRequestWaitsForResetWithoutA429() {
    server.enqueue(new MockResponse.Builder()
        .addHeader("RateLimit", "\"api\";r=0;t=30")
        .body("{}")
        .build());
    server.enqueue(json("{}"));
    HttpTransport t = transport().build();
    t.getJson(server.url("/a"));
    assertThat(time.sleeps).isEmpty();
    t.getJson(server.url("/b"));
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(31));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void pacing_spentWindowBeyondMaximum_failsBeforeSending() {
    server.enqueue(new MockResponse.Builder()
        .addHeader("RateLimit", "\"api\";r=0;t=600")
        .body("{}")
        .build());
    HttpTransport t = transport().build();
    t.getJson(server.url("/a"));
    assertThatThrownBy(() -> t.getJson(server.url("/b")))
        .isInstanceOfSatisfying(
            RateLimitException.class, e -> assertThat(e.resetAt()).isPresent())
        .hasMessageContaining("--max-wait on the command line");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void githubPrimaryLimit403_isRetriedAfterReset() {
    long reset = time.instant().getEpochSecond() + 20;
    server.enqueue(new MockResponse.Builder()
        .code(403)
        .addHeader("X-RateLimit-Remaining", "0")
        .addHeader("X-RateLimit-Reset", Long.toString(reset))
        .build());
    server.enqueue(json("{}"));
    transport().build().getJson(server.url("/repos/a/b"));
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(21));
  }

  @Test
  void plain403_isNotRetried_andMapsToAuthentication() {
    server.enqueue(new MockResponse.Builder()
        .code(403)
        .body("{\"message\":\"Resource not accessible\"}")
        .build());
    assertThatThrownBy(() -> transport().build().getJson(server.url("/x")))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("Resource not accessible");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void notFound_mapsToResourceNotFound_withRequestId() {
    server.enqueue(new MockResponse.Builder()
        .code(404)
        .addHeader("X-Request-Id", "Root=1-abc")
        .addHeader("X-Error-Message", "Repository not found")
        .build());
    assertThatThrownBy(() -> transport().build().getJson(server.url("/api/models/a/b")))
        .isInstanceOfSatisfying(
            ResourceNotFoundException.class, e -> assertThat(e.requestId()).hasValue("Root=1-abc"))
        .hasMessage(
            "GET /api/models/a/b -> 404 Not Found: Repository not found (request id Root=1-abc)."
                + " Check the name; private resources need a token");
  }

  @Test
  void malformedJson_throwsDecodeException() {
    server.enqueue(json("{\"id\": \"a/b\", "));
    assertThatThrownBy(() -> transport().build().getJson(server.url("/api/models/a/b")))
        .isInstanceOf(DecodeException.class)
        .hasMessageStartingWith("GET /api/models/a/b: the response is not the expected JSON");
  }

  @Test
  void getJsonPage_followsLinkHeader() {
    server.enqueue(new MockResponse.Builder()
        .addHeader("Link", "<" + server.url("/api/models?cursor=p2") + ">; rel=\"next\"")
        .body("[1,2]")
        .build());
    HttpTransport.JsonPage page = transport().build().getJsonPage(server.url("/api/models"));
    assertThat(page.body()).hasSize(2);
    assertThat(page.next())
        .hasValueSatisfying(n -> assertThat(n.queryParameter("cursor")).isEqualTo("p2"));
  }

  @Test
  void getJsonPage_objectInsteadOfArray_throwsDecodeException() {
    server.enqueue(json("{\"error\":\"nope\"}"));
    assertThatThrownBy(() -> transport().build().getJsonPage(server.url("/api/models")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("expected a JSON array");
  }

  @Test
  void token_isSentToTheEndpointOnly() throws Exception {
    server.enqueue(json("{}"));
    HttpTransport t = transport().userAgent("peatmoss-java/0.1 study").build();
    t.getJson(server.url("/a"));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer hf_secret_token_value");
    assertThat(request.getHeaders().get("User-Agent")).isEqualTo("peatmoss-java/0.1 study");
    HttpUrl elsewhere = server.url("/a").newBuilder().host("example.org").build();
    assertThat(t.newRequest(elsewhere).build().header("Authorization")).isNull();
  }

  @Test
  void post_isNeverRetried() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    HttpTransport t = transport().build();
    okhttp3.Request post = t.newRequest(server.url("/x"))
        .post(RequestBody.create("{}", MediaType.get("application/json")))
        .build();
    assertThatThrownBy(() -> t.execute(post, r -> r.code()))
        .isInstanceOf(PeatmossServiceException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void getText_overLimit_throwsDecodeException() {
    server.enqueue(new MockResponse.Builder().body("x".repeat(100)).build());
    assertThatThrownBy(() -> transport().build().getText(server.url("/README.md"), 10))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("exceeds the limit of 10 bytes");
  }

  /** Records what a client announces, as the command line prints it. */
  static final class Announcements implements WaitListener {
    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void retrying(
        String request, String reason, Duration wait, int nextAttempt, int maxAttempts) {
      lines.add(request + ": " + reason + "; attempt " + nextAttempt + " of " + maxAttempts + " in "
          + wait.toMillis() + " ms");
    }

    @Override
    public void rateLimited(String bucket, Duration wait, Instant resetAt) {
      lines.add("rate limit " + bucket + ": waiting " + wait.toSeconds() + " s until " + resetAt);
    }
  }

  @Test
  void everyRetry_isAnnounced_withWhatWhyHowLongAndWhichAttempt() {
    Announcements announced = new Announcements();
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(
        new MockResponse.Builder().code(429).addHeader("Retry-After", "7").build());
    server.enqueue(json("{}"));
    transport().waitListener(announced).build().getJson(server.url("/x"));
    assertThat(announced.lines)
        .containsExactly(
            "GET /x: 503 Server Error; attempt 2 of 6 in 750 ms",
            "GET /x: 429 Client Error (rate limited); attempt 3 of 6 in 7000 ms");
  }

  @Test
  void aPacingWait_isAnnounced() {
    Announcements announced = new Announcements();
    server.enqueue(new MockResponse.Builder()
        .addHeader("RateLimit", "\"api\";r=0;t=30")
        .body("{}")
        .build());
    server.enqueue(json("{}"));
    HttpTransport t = transport().waitListener(announced).build();
    t.getJson(server.url("/a"));
    t.getJson(server.url("/b"));
    assertThat(announced.lines)
        .containsExactly("rate limit default: waiting 31 s until 2026-11-26T12:00:31Z");
  }

  @Test
  void a429sOwnReset_isAuthoritative_overALaterResetAnnouncedEarlier() {
    server.enqueue(new MockResponse.Builder()
        .addHeader("RateLimit", "\"api\";r=5;t=200")
        .body("{}")
        .build());
    server.enqueue(new MockResponse.Builder()
        .code(429)
        .addHeader("RateLimit", "\"api\";r=0;t=1")
        .build());
    server.enqueue(json("{}"));
    HttpTransport t = transport().build();
    t.getJson(server.url("/page1"));
    t.getJson(server.url("/page2"));
    assertThat(time.sleeps)
        .as("the 429's t=1 (plus a second of margin), not the t=200 of the page before")
        .containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void connectionRefused_failsAtOnce_sayingNothingListens() throws Exception {
    HttpUrl url = server.url("/x");
    server.close();
    assertThatThrownBy(() -> transport().build().getJson(url))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining(
            "nothing is listening at " + url.host() + ":" + url.port() + " (connection refused)");
    assertThat(time.sleeps).as("no retry, no backoff").isEmpty();
  }

  @Test
  void aServerThatNeverAnswers_isTriedTwice_announcingWhatItWaitedFor() {
    Announcements announced = new Announcements();
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder()
          .onResponseStart(SocketEffect.Stall.INSTANCE)
          .build());
    }
    HttpTransport t = transport()
        .waitListener(announced)
        .httpClient(new OkHttpClient.Builder().retryOnConnectionFailure(false).build())
        .timeouts(Duration.ofSeconds(5), Duration.ofMillis(300))
        .build();
    assertThatThrownBy(() -> t.getJson(server.url("/slow")))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("did not answer within the read timeout of 0.3 s");
    assertThat(announced.lines)
        .containsExactly(
            "GET /slow: no answer within the read timeout of 0.3 s; attempt 2 of 6 in 750 ms");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}

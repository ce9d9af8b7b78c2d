package io.github.peatmoss.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.exception.PeatmossServiceException;
import io.github.peatmoss.core.exception.RateLimitException;
import io.github.peatmoss.core.exception.TransportException;
import io.github.peatmoss.http.RetryOptions;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The retry loop of {@link RetryInterceptor}: which requests and failures are sent again, how often, how long. */
class RetryLoopTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final FakeTime time = new FakeTime();
  private final HttpTransportTest.Announcements announced = new HttpTransportTest.Announcements();
  /** Failures thrown, in order, by the next attempts instead of sending them (one per attempt). */
  private final Queue<IOException> faults = new ConcurrentLinkedQueue<>();

  /** Sits between the retry loop and the network: an attempt fails with the next fault, if any. */
  private final Interceptor faulty = chain -> {
    IOException fault = faults.poll();
    if (fault != null) {
      throw fault;
    }
    return chain.proceed(chain.request());
  };

  private HttpTransport.Builder transport(RetryOptions options) {
    return HttpTransport.builder()
        .baseUrl(server.url("/"))
        .httpClient(new OkHttpClient.Builder()
            .retryOnConnectionFailure(false)
            .addNetworkInterceptor(faulty)
            .build())
        .clock(time)
        .sleeper(time)
        .jitter(() -> 0.0)
        .waitListener(announced)
        .retryOptions(options);
  }

  private static MockResponse ok() {
    return new MockResponse.Builder().body("{}").build();
  }

  @Test
  void head_isRetriedLikeGet() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().build());
    HttpTransport t = transport(RetryOptions.defaults()).build();
    Request head = t.newRequest(server.url("/file")).head().build();

    assertThat(t.execute(head, Response::code)).isEqualTo(200);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void aWaitExactlyTheMaximum_isWaited_aLongerOneIsNot() {
    server.enqueue(
        new MockResponse.Builder().code(429).addHeader("Retry-After", "60").build());
    server.enqueue(ok());
    RetryOptions oneMinute =
        RetryOptions.builder().maxWait(Duration.ofSeconds(60)).build();
    transport(oneMinute).build().getJson(server.url("/x"));
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(60));

    server.enqueue(
        new MockResponse.Builder().code(429).addHeader("Retry-After", "61").build());
    assertThatThrownBy(() -> transport(oneMinute).build().getJson(server.url("/x")))
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(61)));
    assertThat(time.sleeps).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void withoutPacing_aSpentWindowDoesNotHoldTheNextRequest() {
    server.enqueue(new MockResponse.Builder()
        .addHeader("RateLimit", "\"api\";r=0;t=30")
        .body("{}")
        .build());
    server.enqueue(ok());
    HttpTransport t = transport(RetryOptions.builder().pacing(false).build()).build();
    t.getJson(server.url("/a"));
    t.getJson(server.url("/b"));
    assertThat(time.sleeps).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void connectionFailures_areRetriedUpToMaxRetries_thenThrown() {
    for (int i = 0; i < 3; i++) {
      faults.add(new IOException("connection reset"));
    }
    HttpTransport t = transport(RetryOptions.builder().maxRetries(2).build()).build();
    assertThatThrownBy(() -> t.getJson(server.url("/x")))
        .isInstanceOf(TransportException.class)
        .hasMessage("GET /x failed: IOException connection reset; check the network and that "
            + server.url("/").host() + " is reachable, then try again");
    assertThat(faults).isEmpty();
    assertThat(server.getRequestCount()).isZero();
    assertThat(announced.lines)
        .containsExactly(
            "GET /x: IOException: connection reset; attempt 2 of 3 in 500 ms",
            "GET /x: IOException: connection reset; attempt 3 of 3 in 1000 ms");
  }

  @Test
  void aFailureWithoutMessage_isAnnouncedByItsType() {
    faults.add(new IOException());
    server.enqueue(ok());
    transport(RetryOptions.defaults()).build().getJson(server.url("/x"));
    assertThat(announced.lines).containsExactly("GET /x: IOException; attempt 2 of 6 in 500 ms");
  }

  @Test
  void aTimeout_isRetriedOnce_whateverElseFailedBefore() {
    faults.add(new IOException("connection reset"));
    faults.add(new SocketTimeoutException("timeout"));
    server.enqueue(ok());
    transport(RetryOptions.defaults()).build().getJson(server.url("/x"));
    assertThat(announced.lines)
        .containsExactly(
            "GET /x: IOException: connection reset; attempt 2 of 6 in 500 ms",
            "GET /x: no answer within the read timeout of 60 s; attempt 3 of 6 in 1000 ms");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aSecondTimeout_isThrown_sayingWhichTimeoutRanOut() {
    faults.add(new SocketTimeoutException("connect timed out"));
    faults.add(new SocketTimeoutException("connect timed out"));
    server.enqueue(ok());
    HttpTransport t = transport(RetryOptions.defaults())
        .timeouts(Duration.ofMillis(2500), Duration.ofSeconds(60))
        .build();
    assertThatThrownBy(() -> t.getJson(server.url("/x")))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("did not accept a connection within the connect timeout of 2.5 s");
    assertThat(announced.lines)
        .containsExactly(
            "GET /x: no connection within the connect timeout of 2.5 s; attempt 2 of 6 in 500 ms");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aPost_thatFailsToSend_isNotSentAgain() {
    faults.add(new IOException("connection reset"));
    HttpTransport t = transport(RetryOptions.defaults()).build();
    Request post = t.newRequest(server.url("/x"))
        .post(okhttp3.RequestBody.create(new byte[0]))
        .build();
    assertThatThrownBy(() -> t.execute(post, Response::code))
        .isInstanceOf(TransportException.class);
    assertThat(announced.lines).isEmpty();
  }

  @Test
  void aTaggedRequest_isRetriedOnlyWhenItsRuleSays() {
    server.enqueue(new MockResponse.Builder().code(418).build());
    server.enqueue(new MockResponse.Builder().code(503).build());
    HttpTransport t = transport(RetryOptions.defaults()).build();
    Request post = t.newRequest(server.url("/x"))
        .post(okhttp3.RequestBody.create(new byte[0]))
        .tag(RetryRule.class, new RetryRule(r -> r.code() == 418))
        .build();
    assertThatThrownBy(() -> t.execute(post, Response::code))
        .isInstanceOfSatisfying(
            PeatmossServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aGithubRateLimit403_isAnnouncedAsRateLimited_andWaitsOneMinute() {
    server.enqueue(new MockResponse.Builder()
        .code(403)
        .addHeader("gh-limited-by", "search-elapsed-seconds")
        .build());
    server.enqueue(ok());
    transport(RetryOptions.defaults()).build().getJson(server.url("/search"));
    assertThat(announced.lines)
        .containsExactly(
            "GET /search: 403 Client Error (rate limited); attempt 2 of 6 in 60000 ms");
    assertThat(time.sleeps).containsExactly(Duration.ofMinutes(1));
  }

  @Test
  void anAnswerWithoutReasonPhrase_isAnnouncedByItsCode() {
    server.enqueue(new MockResponse.Builder().status("HTTP/1.1 502 ").build());
    server.enqueue(ok());
    transport(RetryOptions.defaults()).build().getJson(server.url("/x"));
    assertThat(announced.lines).containsExactly("GET /x: 502; attempt 2 of 6 in 500 ms");
  }

  @Test
  void aServerErrorsRateLimitHeaders_doNotShortenAWindowAnnouncedEarlier() {
    // A 200 says 5 left until t=200; a 503 then says none left until t=1. Only a 429 is
    // authoritative (HttpTransportTest): the 503 spends the window but keeps the later reset.
    server.enqueue(new MockResponse.Builder()
        .addHeader("RateLimit", "\"api\";r=5;t=200")
        .body("{}")
        .build());
    server.enqueue(new MockResponse.Builder()
        .code(503)
        .addHeader("RateLimit", "\"api\";r=0;t=1")
        .build());
    server.enqueue(ok());
    HttpTransport t = transport(RetryOptions.defaults()).build();
    t.getJson(server.url("/a"));
    t.getJson(server.url("/b"));
    // The retry waits its backoff, then the pacing wait until t=200 (plus the margin).
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(200_500));
  }
}

package io.github.peatmoss.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.exception.PeatmossException;
import io.github.peatmoss.core.exception.PeatmossServiceException;
import io.github.peatmoss.core.exception.TransportException;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.GitHubToken;
import io.github.peatmoss.http.RetryOptions;
import io.github.peatmoss.http.TruncatedBodyException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link HttpTransport} sends where, how it maps failures, and its reading helpers' limits. */
class TransportRulesTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final FakeTime time = new FakeTime();

  private HttpTransport.Builder builder() {
    return HttpTransport.builder()
        .baseUrl(server.url("/"))
        .httpClient(new OkHttpClient.Builder().retryOnConnectionFailure(false).build())
        .clock(time)
        .sleeper(time)
        .jitter(() -> 0.0);
  }

  private HttpTransport transport() {
    return builder().build();
  }

  private static final HttpTransport HUB = HttpTransport.builder()
      .baseUrl(HttpUrl.get("https://hub.example/api/"))
      .bearerToken("hf_token")
      .timeouts(Duration.ofSeconds(3), Duration.ofMillis(1500))
      .build();

  @Test
  void theToken_goesToTheBaseUrlsSchemeHostAndPortOnly() {
    assertThat(HUB.isSameOrigin(HttpUrl.get("https://hub.example/other"))).isTrue();
    assertThat(HUB.isSameOrigin(HttpUrl.get("https://HUB.example:443/x"))).isTrue();
    assertThat(HUB.isSameOrigin(HttpUrl.get("http://hub.example:443/x"))).isFalse();
    assertThat(HUB.isSameOrigin(HttpUrl.get("https://hub.example:8443/x"))).isFalse();
    assertThat(HUB.isSameOrigin(HttpUrl.get("https://cdn.example/x"))).isFalse();
    assertThat(HUB.newRequest(HttpUrl.get("https://hub.example/a")).build().header("Authorization"))
        .isEqualTo("Bearer hf_token");
    assertThat(HUB.newRequest(HttpUrl.get("https://hub.example:8443/a"))
            .build()
            .header("Authorization"))
        .isNull();
    assertThat(HUB.newRequest(HttpUrl.get("https://hub.example/a")).build().header("User-Agent"))
        .isEqualTo("peatmoss-java");
  }

  @Test
  void token_fromATypedToken_orNone() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{}").build());
    server.enqueue(new MockResponse.Builder().body("{}").build());
    builder().token(Optional.of(GitHubToken.of("ghp_x"))).build().getJson(server.url("/a"));
    builder().bearerToken("t").token(Optional.empty()).build().getJson(server.url("/b"));
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer ghp_x");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isNull();
  }

  @Test
  void continuation_keepsATokenOfThisOrigin_andMovesAnotherOntoTheBaseUrl() {
    HttpUrl first = HttpUrl.get("https://hub.example/api/models?limit=2");
    HttpUrl same = HttpUrl.get("https://hub.example/api/models?cursor=abc");
    assertThat(HUB.continuation(same.toString(), first)).isEqualTo(same);
    assertThat(HUB.continuation("https://evil.example:8080/api/models?cursor=abc&x=1", first))
        .isEqualTo(HttpUrl.get("https://hub.example/api/models?cursor=abc&x=1"));
    assertThatThrownBy(() -> HUB.continuation("https://hub.example/api/datasets?cursor=a", first))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("continuation token is not a page of /api/models on this endpoint:"
            + " https://hub.example/api/datasets?cursor=a");
    assertThatThrownBy(() -> HUB.continuation("not a url", first))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(": not a url");
  }

  @Test
  void trimSlashes_dropsLeadingAndTrailingSlashesOnly() {
    assertThat(HttpTransport.trimSlashes("/a/b/")).isEqualTo("a/b");
    assertThat(HttpTransport.trimSlashes("//a//")).isEqualTo("a");
    assertThat(HttpTransport.trimSlashes("a/b")).isEqualTo("a/b");
    assertThat(HttpTransport.trimSlashes("///")).isEmpty();
    assertThat(HttpTransport.trimSlashes("")).isEmpty();
  }

  @Test
  void seconds_wholeOrWithOneDecimal() {
    assertThat(HttpTransport.seconds(2000)).isEqualTo("2 s");
    assertThat(HttpTransport.seconds(2500)).isEqualTo("2.5 s");
    assertThat(HttpTransport.seconds(300)).isEqualTo("0.3 s");
    assertThat(HttpTransport.seconds(60_000)).isEqualTo("60 s");
  }

  @Test
  void isConnectTimeout_readsTheMessage() {
    assertThat(HttpTransport.isConnectTimeout(new SocketTimeoutException("Connect timed out")))
        .isTrue();
    assertThat(HttpTransport.isConnectTimeout(new SocketTimeoutException("timeout")))
        .isFalse();
    assertThat(HttpTransport.isConnectTimeout(new SocketTimeoutException())).isFalse();
  }

  @Test
  void failure_namesWhatFailedAndWhatToCheck() {
    assertThat(HUB.failure("GET /a", new UnknownHostException("hub.example")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessage("GET /a failed: cannot resolve host hub.example; check the endpoint and that"
            + " this machine has network access");
    assertThat(HUB.failure("GET /a", new SocketTimeoutException("connect timed out")))
        .hasMessage("GET /a failed: hub.example:443 did not accept a connection within the connect"
            + " timeout of 3 s (each attempt); check that the server is up, or allow longer"
            + " (--timeout on the command line, ClientSettings.readTimeout in the API)");
    assertThat(HUB.failure("GET /a", new SocketTimeoutException("timeout")))
        .hasMessageStartingWith("GET /a failed: hub.example:443 did not answer within the read"
            + " timeout of 1.5 s (each attempt)");
    assertThat(HUB.failure("GET /a", new ConnectException("Connection refused")))
        .hasMessage("GET /a failed: nothing is listening at hub.example:443 (connection refused);"
            + " check the endpoint and that the server is running");
    assertThat(HUB.failure("GET /a", new IOException()))
        .hasMessage("GET /a failed: IOException; check the network and that hub.example is"
            + " reachable, then try again");
    IOException cause = new IOException("stream was reset: CANCEL");
    assertThat(HUB.failure("GET /a", cause))
        .hasMessageStartingWith("GET /a failed: IOException stream was reset: CANCEL; check")
        .hasCause(cause);
  }

  @Test
  void failure_onAnInterruptedThread_saysSo() {
    PeatmossException e;
    Thread.currentThread().interrupt();
    try {
      e = HUB.failure("GET /a", new IOException("boom"));
    } finally {
      assertThat(Thread.interrupted()).isTrue();
    }
    assertThat(e)
        .isExactlyInstanceOf(TransportException.class)
        .hasMessage("GET /a was interrupted");
  }

  @Test
  void afterCut_aHeadIsSentAgain_aPostIsNot() {
    BodyCut cut = new BodyCut(10, 20, new IOException("reset"));
    Request head = HUB.newRequest(HttpUrl.get("https://hub.example/f")).head().build();
    HttpTransport t = builder().build();
    t.afterCut(head, "HEAD /f", cut, 0);
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(500));
    Request post = HUB.newRequest(HttpUrl.get("https://hub.example/f"))
        .post(okhttp3.RequestBody.create(new byte[0]))
        .build();
    assertThatThrownBy(() -> t.afterCut(post, "POST /f", cut, 0))
        .isInstanceOfSatisfying(TruncatedBodyException.class, e -> {
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.bytesRead()).isEqualTo(10);
          assertThat(e.expectedBytes()).hasValue(20);
        })
        .hasMessage("POST /f: the answer was cut off after 10 of 20 bytes (IOException: reset);"
            + " the server or a proxy closed the connection mid-answer: try again later, and if it"
            + " keeps happening check the endpoint " + server.url("/")
            + " and any proxy (this request is not sent twice)");
  }

  @Test
  void afterCut_theLastAllowedAttempt_isFinal() {
    BodyCut cut = new BodyCut(10, -1, new IOException("reset"));
    Request get = HUB.newRequest(HttpUrl.get("https://hub.example/f")).build();
    HttpTransport t =
        builder().retryOptions(RetryOptions.builder().maxRetries(2).build()).build();
    t.afterCut(get, "GET /f", cut, 1);
    assertThatThrownBy(() -> t.afterCut(get, "GET /f", cut, 2))
        .isInstanceOfSatisfying(
            TruncatedBodyException.class, e -> assertThat(e.expectedBytes()).isEmpty())
        .hasMessageStartingWith(
            "GET /f: the answer was cut off after 10 bytes (IOException: reset) on each of 3 attempts;");
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(1000));
  }

  @Test
  void afterCut_interruptedWhileWaiting_isATransportException() {
    HttpTransport t = builder()
        .sleeper(d -> {
          throw new InterruptedException();
        })
        .build();
    Request get = HUB.newRequest(HttpUrl.get("https://hub.example/f")).build();
    try {
      assertThatThrownBy(() -> t.afterCut(get, "GET /f", new BodyCut(1, 2, new IOException()), 0))
          .isExactlyInstanceOf(TransportException.class)
          .hasMessage("GET /f was interrupted");
    } finally {
      assertThat(Thread.interrupted()).isTrue();
    }
  }

  @Test
  void exchange_handsOnAnErrorAnswer_unmapped() {
    server.enqueue(new MockResponse.Builder().code(404).body("missing").build());
    HttpTransport t = transport();
    String seen = t.exchange(
        t.newRequest(server.url("/x")).build(), r -> r.code() + " " + r.body().string());
    assertThat(seen).isEqualTo("404 missing");
  }

  @Test
  void theErrorMapper_andRequestIdHeaders_areTheConfiguredOnes() {
    server.enqueue(new MockResponse.Builder()
        .code(409)
        .addHeader("X-Request-Id", "plain")
        .addHeader("X-GitHub-Request-Id", "gh-1")
        .build());
    AtomicReference<ServiceError> mapped = new AtomicReference<>();
    HttpTransport t = builder()
        .requestIdHeaders(List.of("X-GitHub-Request-Id"))
        .errorMapper(e -> {
          mapped.set(e);
          return new PeatmossServiceException(
              "mapped " + e.statusCode(), e.statusCode(), null, null);
        })
        .build();
    assertThatThrownBy(() -> t.getJson(server.url("/x"))).hasMessage("mapped 409");
    assertThat(mapped.get().requestId()).hasValue("gh-1");
  }

  @Test
  void bucketOf_namesTheRateLimitStateARequestCountsAgainst() {
    server.enqueue(new MockResponse.Builder()
        .addHeader("RateLimit", "\"api\";r=7;t=30")
        .body("{}")
        .build());
    HttpTransport t = builder().bucketOf(r -> "bucket-" + r.url().encodedPath()).build();
    t.getJson(server.url("/a"));
    assertThat(t.rateLimiter().remaining("bucket-/a")).isEqualTo(7);
    assertThat(t.rateLimiter().remaining("default")).isEqualTo(-1);
  }

  @Test
  void settings_giveUserAgentTimeoutsAndRetries() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(503).build());
    HttpTransport t = HttpTransport.builder()
        .settings(ClientSettings.builder()
            .userAgentSuffix("study")
            .retryOptions(RetryOptions.builder().maxRetries(1).build())
            .httpClient(
                new OkHttpClient.Builder().retryOnConnectionFailure(false).build())
            .clock(time)
            .sleeper(time)
            .jitter(() -> 0.0)
            .build())
        .baseUrl(server.url("/"))
        .build();
    assertThatThrownBy(() -> t.getJson(server.url("/x")))
        .isInstanceOf(PeatmossServiceException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(500));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("User-Agent"))
        .startsWith("peatmoss-java/")
        .endsWith(" study");
  }

  @Test
  void getJson_anEmptyBody_isADecodeError() {
    server.enqueue(new MockResponse.Builder().body("").build());
    assertThatThrownBy(() -> transport().getJson(server.url("/api/x")))
        .isInstanceOf(DecodeException.class)
        .hasMessage("GET /api/x: empty body where JSON was expected");
  }

  @Test
  void getJsonPage_aNonArray_namesWhatCameInstead() {
    server.enqueue(new MockResponse.Builder().body("\"text\"").build());
    assertThatThrownBy(() -> transport().getJsonPage(server.url("/api/models")))
        .isInstanceOf(DecodeException.class)
        .hasMessage("GET /api/models: expected a JSON array, got string; check the endpoint "
            + server.url("/"));
  }

  @Test
  void getJsonPage_theLastPage_hasNoNext_andKeepsItsUrlAndHeaders() {
    server.enqueue(
        new MockResponse.Builder().addHeader("X-Total", "2").body("[1,2]").build());
    HttpTransport.JsonPage page = transport().getJsonPage(server.url("/api/models?p=2"));
    assertThat(page.next()).isEmpty();
    assertThat(page.url()).isEqualTo(server.url("/api/models?p=2"));
    assertThat(page.headers().get("X-Total")).isEqualTo("2");
  }

  @Test
  void getText_aBodyOfExactlyTheLimit_isRead_oneByteMoreIsNot() {
    server.enqueue(new MockResponse.Builder().body("0123456789").build());
    server.enqueue(new MockResponse.Builder().body("0123456789X").build());
    assertThat(transport().getText(server.url("/a"), 10)).isEqualTo("0123456789");
    assertThatThrownBy(() -> transport().getText(server.url("/b"), 10))
        .isInstanceOf(DecodeException.class)
        .hasMessage("GET /b: body of 11 bytes exceeds the limit of 10 bytes");
  }

  @Test
  void getText_aChunkedBodyOfUnknownLength_isLimitedAsItArrives() {
    server.enqueue(new MockResponse.Builder().chunkedBody("0123456789", 3).build());
    server.enqueue(new MockResponse.Builder().chunkedBody("0123456789X", 3).build());
    assertThat(transport().getText(server.url("/a"), 10)).isEqualTo("0123456789");
    assertThatThrownBy(() -> transport().getText(server.url("/b"), 10))
        .isInstanceOf(DecodeException.class)
        .hasMessage("GET /b: body exceeds the limit of 10 bytes");
  }

  @Test
  void download_createsMissingDirectories_andReplacesAnOldFile(@TempDir Path dir)
      throws IOException {
    server.enqueue(new MockResponse.Builder().body("new").build());
    Path target = dir.resolve("a/b/file.bin");
    Files.createDirectories(target.getParent());
    Files.writeString(target, "old contents");
    assertThat(transport().download(server.url("/f"), target)).isEqualTo(target);
    assertThat(Files.readString(target)).isEqualTo("new");
    server.enqueue(new MockResponse.Builder().body("fresh").build());
    Path deeper = dir.resolve("c/d/e.bin");
    transport().download(server.url("/g"), deeper);
    assertThat(Files.readString(deeper)).isEqualTo("fresh");
    try (var files = Files.list(deeper.getParent())) {
      assertThat(files).containsExactly(deeper);
    }
  }

  @Test
  void builder_requiresABaseUrl_andRejectsNulls() {
    assertThatThrownBy(() -> HttpTransport.builder().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("baseUrl is required");
    assertThat(HUB.baseUrl()).isEqualTo(HttpUrl.get("https://hub.example/api/"));
  }

  @Test
  void backoff_byDefault_hasRandomJitterOnTopOfItsFixedHalf() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(503).build());
    }
    server.enqueue(new MockResponse.Builder().body("{}").build());
    HttpTransport t = HttpTransport.builder()
        .baseUrl(server.url("/"))
        .httpClient(new OkHttpClient.Builder().retryOnConnectionFailure(false).build())
        .clock(time)
        .sleeper(time)
        .build();
    t.getJson(server.url("/x"));
    List<Duration> fixedHalves =
        List.of(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000));
    assertThat(time.sleeps).hasSize(3).isNotEqualTo(fixedHalves);
    for (int i = 0; i < 3; i++) {
      assertThat(time.sleeps.get(i))
          .isBetween(fixedHalves.get(i), fixedHalves.get(i).multipliedBy(2));
    }
  }

  @Test
  void continuation_ofThisOrigin_isTheTokenVerbatim() {
    HttpUrl first = HttpUrl.get("https://hub.example/api/models");
    String token = "https://user@hub.example/api/models?cursor=abc#page-2";
    assertThat(HUB.continuation(token, first)).hasToString(token);
  }
}

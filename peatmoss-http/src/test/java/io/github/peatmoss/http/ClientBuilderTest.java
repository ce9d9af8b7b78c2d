package io.github.peatmoss.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.exception.PeatmossException;
import io.github.peatmoss.http.internal.FakeTime;
import io.github.peatmoss.http.internal.HttpTransport;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The shared builder base: every setter reaches the settings, the token and the requests a client makes. */
class ClientBuilderTest {
  private static final URI PUBLIC = URI.create("https://api.service.example");

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final FakeTime time = new FakeTime();

  /** The smallest client: one transport built from the builder, as the SDK's clients build theirs. */
  static final class EchoBuilder extends ClientBuilder<EchoBuilder, GitHubToken> {
    EchoBuilder() {
      super(PUBLIC);
    }

    EchoBuilder(EchoBuilder from) {
      super(from);
    }

    HttpTransport build() {
      return HttpTransport.builder()
          .settings(settings())
          .baseUrl(HttpUrl.get(endpoint().toString()))
          .token(token())
          .build();
    }
  }

  private URI serverUri() {
    return server.url("/").uri();
  }

  @Test
  void defaults_arePublicEndpointDefaultSettingsAndNoToken() {
    EchoBuilder builder = new EchoBuilder();
    assertThat(builder.endpoint()).isEqualTo(PUBLIC);
    assertThat(builder.settings()).isEqualTo(ClientSettings.defaults());
    assertThat(builder.token()).isEmpty();
  }

  @Test
  void everySetter_returnsTheSameBuilder_soCallsChain() {
    EchoBuilder builder = new EchoBuilder();
    assertThat(builder.settings(ClientSettings.defaults())).isSameAs(builder);
    assertThat(builder.withSettings(s -> s.concurrency(3))).isSameAs(builder);
    assertThat(builder.endpoint(serverUri())).isSameAs(builder);
    assertThat(builder.token(GitHubToken.of("ghp_a"))).isSameAs(builder);
    assertThat(builder.anonymous()).isSameAs(builder);
    assertThat(builder.httpClient(new OkHttpClient())).isSameAs(builder);
    assertThat(builder.retryOptions(RetryOptions.none())).isSameAs(builder);
    assertThat(builder.userAgentSuffix("s")).isSameAs(builder);
    assertThat(builder.concurrency(2)).isSameAs(builder);
  }

  @Test
  void convenienceSetters_replaceOneFieldAndKeepTheOthers() {
    OkHttpClient http = new OkHttpClient();
    EchoBuilder builder = new EchoBuilder()
        .settings(ClientSettings.builder().readTimeout(Duration.ofSeconds(5)).build())
        .endpoint(serverUri())
        .httpClient(http)
        .retryOptions(RetryOptions.none())
        .userAgentSuffix("study-1")
        .concurrency(9)
        .withSettings(s -> s.clock(time).sleeper(time));
    ClientSettings settings = builder.settings();
    assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.endpoint()).contains(serverUri());
    assertThat(settings.httpClient()).containsSame(http);
    assertThat(settings.retryOptions()).isEqualTo(RetryOptions.none());
    assertThat(settings.userAgentSuffix()).contains("study-1");
    assertThat(settings.concurrency()).isEqualTo(9);
    assertThat(settings.clock()).isSameAs(time);
    assertThat(settings.sleeper()).isSameAs(time);
    assertThat(builder.endpoint()).isEqualTo(serverUri());
  }

  @Test
  void settings_replacesEverySetting_butAnEndpointSetApartWins() {
    URI mirror = URI.create("https://mirror.example");
    EchoBuilder builder = new EchoBuilder()
        .endpoint(serverUri())
        .concurrency(9)
        .settings(ClientSettings.builder().endpoint(mirror).build());
    assertThat(builder.endpoint()).isEqualTo(serverUri());
    assertThat(builder.settings().endpoint()).contains(serverUri());
    assertThat(builder.settings().concurrency()).isEqualTo(4);
    EchoBuilder fromSettings =
        new EchoBuilder().settings(ClientSettings.builder().endpoint(mirror).build());
    assertThat(fromSettings.endpoint()).isEqualTo(mirror);
    assertThat(fromSettings.settings().endpoint()).contains(mirror);
    ClientSettings plain = ClientSettings.defaults();
    assertThat(new EchoBuilder().settings(plain).settings()).isSameAs(plain);
  }

  @Test
  void token_isKeptUntilAnonymous() {
    GitHubToken token = GitHubToken.of("ghp_a");
    EchoBuilder builder = new EchoBuilder().token(token);
    assertThat(builder.token()).containsSame(token);
    assertThat(builder.anonymous().token()).isEmpty();
  }

  @Test
  void copy_holdsTheSameSettingsAndToken_andIsIndependent() {
    EchoBuilder original =
        new EchoBuilder().endpoint(serverUri()).token(GitHubToken.of("ghp_a")).concurrency(5);
    EchoBuilder copy = new EchoBuilder(original);
    assertThat(copy.settings()).isEqualTo(original.settings());
    assertThat(copy.token()).isEqualTo(original.token());
    assertThat(copy.endpoint()).isEqualTo(serverUri());
    copy.anonymous().concurrency(6);
    assertThat(original.token()).isPresent();
    assertThat(original.settings().concurrency()).isEqualTo(5);
    assertThat(new EchoBuilder(new EchoBuilder()).endpoint()).isEqualTo(PUBLIC);
  }

  @Test
  void invalidValues_areRejected_andLeaveTheBuilderAsItWas() {
    EchoBuilder builder = new EchoBuilder().concurrency(5);
    assertThatThrownBy(() -> builder.concurrency(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("concurrency");
    assertThatThrownBy(() -> builder.endpoint(URI.create("ftp://files.example")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ftp://files.example");
    assertThatThrownBy(() -> builder.withSettings(s -> s.endpoint(URI.create("ftp://f.example"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(builder.settings().concurrency()).isEqualTo(5);
    assertThat(builder.endpoint()).isEqualTo(PUBLIC);
    assertThatThrownBy(() -> builder.token(null)).hasMessage("token == null");
    assertThatThrownBy(() -> builder.endpoint(null)).hasMessage("endpoint == null");
    assertThatThrownBy(() -> builder.settings(null)).hasMessage("settings == null");
    assertThatThrownBy(() -> builder.withSettings(null)).hasMessage("change == null");
    assertThatThrownBy(() -> builder.httpClient(null)).hasMessage("httpClient == null");
    assertThatThrownBy(() -> builder.retryOptions(null)).hasMessage("retryOptions == null");
    assertThatThrownBy(() -> builder.userAgentSuffix(null)).hasMessage("userAgentSuffix == null");
  }

  @Test
  void checkEndpoint_returnsAGoodEndpoint_andNamesABadOne() {
    URI good = URI.create("http://127.0.0.1:1/api/");
    assertThat(ClientBuilder.checkEndpoint(good, "rawEndpoint")).isSameAs(good);
    assertThatThrownBy(() -> ClientBuilder.checkEndpoint(null, "rawEndpoint"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rawEndpoint == null");
    assertThatThrownBy(() -> ClientBuilder.checkEndpoint(URI.create("files/x"), "rawEndpoint"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aClientWithABadPublicEndpoint_cannotBeBuilt() {
    assertThatThrownBy(
            () -> new ClientBuilder<EchoBuilder, GitHubToken>(URI.create("mailto:a@b")) {})
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mailto:a@b");
  }

  @Test
  void theSettingsReachTheRequests_endpointUserAgentAndToken() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"ok\":true}").build());
    HttpTransport transport = new EchoBuilder()
        .endpoint(serverUri())
        .userAgentSuffix("study-2")
        .token(GitHubToken.of("ghp_sent"))
        .build();
    assertThat(
            transport.getJson(transport.baseUrl().resolve("items")).path("ok").asBoolean())
        .isTrue();
    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo("/items");
    assertThat(request.getHeaders().get("User-Agent")).endsWith(" study-2");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer ghp_sent");
  }

  @Test
  void anonymous_sendsNoToken_andRetriesWaitOnTheInjectedSleeper() throws Exception {
    server.enqueue(
        new MockResponse.Builder().code(503).setHeader("Retry-After", "7").build());
    server.enqueue(new MockResponse.Builder().body("[]").build());
    HttpTransport transport = new EchoBuilder()
        .endpoint(serverUri())
        .token(GitHubToken.of("ghp_dropped"))
        .anonymous()
        .withSettings(s -> s.clock(time).sleeper(time).jitter(() -> 0.0))
        .build();
    assertThat(transport.getJson(transport.baseUrl().resolve("items")).isArray())
        .isTrue();
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
    assertThat(List.of(server.takeRequest(), server.takeRequest()))
        .allSatisfy(r -> assertThat(r.getHeaders().get("Authorization")).isNull());
  }

  @Test
  void retryOptionsNone_failsAtTheFirstServerError() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    HttpTransport transport = new EchoBuilder()
        .endpoint(serverUri())
        .retryOptions(RetryOptions.none())
        .withSettings(s -> s.clock(time).sleeper(time))
        .build();
    assertThatThrownBy(() -> transport.getJson(transport.baseUrl().resolve("items")))
        .isInstanceOf(PeatmossException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps).isEmpty();
  }
}

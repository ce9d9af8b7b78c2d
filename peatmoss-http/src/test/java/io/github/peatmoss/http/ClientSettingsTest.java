package io.github.peatmoss.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientSettingsTest {
  @Test
  void defaults_areThePublicEndpointWithTenAndSixtySecondTimeouts() {
    ClientSettings settings = ClientSettings.defaults();
    assertThat(settings.endpoint()).isEmpty();
    assertThat(settings.endpointOr(URI.create("https://hub.example")))
        .isEqualTo(URI.create("https://hub.example"));
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.concurrency()).isEqualTo(4);
    assertThat(settings.retryOptions()).isEqualTo(RetryOptions.defaults());
    assertThat(settings.sleeper()).isSameAs(Sleeper.SYSTEM);
  }

  @Test
  void userAgent_namesTheSdkAndAppendsTheSuffix() {
    assertThat(ClientSettings.defaults().userAgent())
        .startsWith("peatmoss-java/")
        .doesNotContain(" ");
    assertThat(ClientSettings.builder().userAgentSuffix(" my-study ").build().userAgent())
        .startsWith("peatmoss-java/")
        .endsWith(" my-study");
  }

  @Test
  void check_rejectsANonHttpEndpointAndConcurrencyOutOfRange() {
    assertThatThrownBy(() ->
            ClientSettings.builder().endpoint(URI.create("ftp://hub.example")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ftp://hub.example");
    assertThatThrownBy(() ->
            ClientSettings.builder().endpoint(URI.create("hub.example/path")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClientSettings.builder().concurrency(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("concurrency");
    assertThatThrownBy(() -> ClientSettings.builder().concurrency(65).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> ClientSettings.builder().readTimeout(Duration.ofSeconds(-1)).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toBuilder_keepsEverySetting() {
    ClientSettings settings = ClientSettings.builder()
        .endpoint(URI.create("http://127.0.0.1:8080"))
        .userAgentSuffix("s")
        .concurrency(7)
        .retryOptions(RetryOptions.none())
        .build();
    assertThat(settings.toBuilder().build()).isEqualTo(settings);
  }

  @Test
  void gitHubToken_isRedactedAndNotEqualToAnotherServicesTokenOfTheSameText() {
    GitHubToken token = GitHubToken.of("ghp_secret");
    assertThat(token).hasToString("GitHubToken[redacted]").isEqualTo(GitHubToken.of("ghp_secret"));
    assertThat(token.value()).isEqualTo("ghp_secret");
    AccessToken other = new AccessToken("ghp_secret", "Other") {};
    assertThat(token).isNotEqualTo(other);
    assertThatThrownBy(() -> GitHubToken.of("ghp secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("ghp");
  }

  @Test
  void check_concurrencyFromOneTo64_andNoNegativeConnectTimeout() {
    assertThat(ClientSettings.builder().concurrency(1).build().concurrency()).isEqualTo(1);
    assertThat(ClientSettings.builder().concurrency(64).build().concurrency()).isEqualTo(64);
    assertThatThrownBy(() -> ClientSettings.builder().concurrency(65).build())
        .hasMessage("concurrency must be between 1 and 64: 65");
    assertThatThrownBy(() ->
            ClientSettings.builder().connectTimeout(Duration.ofSeconds(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeouts must not be negative");
    assertThat(ClientSettings.builder()
            .connectTimeout(Duration.ZERO)
            .readTimeout(Duration.ZERO)
            .build()
            .readTimeout())
        .isZero();
  }

  @Test
  void checkEndpoint_needsAHostThatOkHttpCanReach() {
    URI good = URI.create("https://hub.example/api");
    assertThat(ClientSettings.checkEndpoint(good)).isSameAs(good);
    assertThat(ClientSettings.checkEndpoint(URI.create("http://127.0.0.1:8080/")))
        .isNotNull();
    assertThatThrownBy(() -> ClientSettings.checkEndpoint(URI.create("http:/no-host")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endpoint must be an absolute http(s) URI: http:/no-host");
    assertThatThrownBy(() -> ClientSettings.checkEndpoint(URI.create("http://hub.example:99999/")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void endpointOr_prefersTheSetEndpoint() {
    URI set = URI.create("http://127.0.0.1:1/");
    assertThat(ClientSettings.builder()
            .endpoint(set)
            .build()
            .endpointOr(URI.create("https://x.example")))
        .isEqualTo(set);
  }

  @Test
  void userAgent_hasAVersion_andABlankSuffixAddsNothing() {
    String plain = ClientSettings.defaults().userAgent();
    assertThat(plain).matches("peatmoss-java/[^ /]+").doesNotEndWith("/null");
    assertThat(ClientSettings.builder().userAgentSuffix("   ").build().userAgent())
        .isEqualTo(plain);
    assertThat(ClientSettings.builder().userAgentSuffix("a b").build().userAgent())
        .isEqualTo(plain + " a b");
  }

  @Test
  void accessToken_equalsOnlyTheSameServiceAndText() {
    GitHubToken token = GitHubToken.of("ghp_a");
    assertThat(token).isEqualTo(GitHubToken.of("ghp_a")).hasSameHashCodeAs(GitHubToken.of("ghp_a"));
    assertThat(token).isNotEqualTo(GitHubToken.of("ghp_b")).isNotEqualTo("ghp_a");
    assertThat(token.equals(null)).isFalse();
    assertThatThrownBy(() -> GitHubToken.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a GitHub token must be non-blank and contain no whitespace");
    assertThatThrownBy(() -> GitHubToken.of("  ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GitHubToken.of(null)).hasMessage("value == null");
  }

  @Test
  void accessToken_fromEnvironment_readsTheVariable_orNothingWhenUnset() {
    assertThat(AccessToken.fromEnvironment("PEATMOSS_TEST_UNSET_VARIABLE_7F3A", GitHubToken::of))
        .isEmpty();
    // A variable this JVM surely has, with a value a token could be.
    Map.Entry<String, String> set = System.getenv().entrySet().stream()
        .filter(
            e -> !e.getValue().isBlank() && e.getValue().chars().noneMatch(Character::isWhitespace))
        .findFirst()
        .orElseThrow();
    assertThat(AccessToken.fromEnvironment(set.getKey(), GitHubToken::of))
        .hasValueSatisfying(t -> assertThat(t.value()).isEqualTo(set.getValue()));
  }

  @Test
  void jitter_byDefault_isRandomInZeroToOne() {
    java.util.function.DoubleSupplier jitter = ClientSettings.defaults().jitter();
    double[] draws = java.util.stream.DoubleStream.generate(jitter).limit(20).toArray();
    for (double d : draws) {
      assertThat(d).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
    }
    assertThat(java.util.Arrays.stream(draws).distinct().count()).isGreaterThan(1);
  }

  @Test
  void accessToken_hashCodesSpreadOverDistinctTexts() {
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    for (int i = 0; i < 10; i++) {
      hashes.add(GitHubToken.of("ghp_" + i).hashCode());
    }
    assertThat(hashes).hasSizeGreaterThan(1);
  }
}

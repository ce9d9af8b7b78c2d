package io.github.peatmoss.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
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
}

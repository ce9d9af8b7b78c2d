package io.github.peatmoss.pytorchhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.HubClientConfig;
import io.github.peatmoss.core.Page;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.GitHubToken;
import io.github.peatmoss.http.RetryOptions;
import io.github.peatmoss.http.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Every builder setting reaches the requests; the provider's properties; toString; resuming listings. */
class PytorchHubClientSettingsTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  private URI endpoint() {
    return server.url("/").uri();
  }

  @Test
  void everyBuilderSetting_isKept_andChains() throws Exception {
    List<String> targets = new ArrayList<>();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        targets.add(request.getTarget());
        if (request.getTarget().startsWith("/repos/")) {
          return new MockResponse.Builder()
              .body("[{\"name\":\"a_b.md\",\"type\":\"file\"}]")
              .build();
        }
        return new MockResponse.Builder().body("---\nlayout: hub_detail\n---\n").build();
      }
    });
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    Sleeper sleeper = d -> {};
    PytorchHubClient client = PytorchHubClient.builder()
        .settings(ClientSettings.defaults())
        .apiEndpoint(endpoint())
        .rawEndpoint(endpoint())
        .hubRepository(RepoRef.of("mirror", "pages"))
        .ref("v2")
        .httpClient(new OkHttpClient())
        .retryOptions(RetryOptions.none())
        .userAgentSuffix("study-42")
        .concurrency(2)
        .withSettings(s -> s.clock(clock).sleeper(sleeper))
        .build();
    try (client) {
      assertThat(client.hub()).isEqualTo(ModelHub.PYTORCH_HUB);
      assertThat(client.settings().retryOptions()).isEqualTo(RetryOptions.none());
      assertThat(client.settings().concurrency()).isEqualTo(2);
      assertThat(client.settings().userAgentSuffix()).hasValue("study-42");
      assertThat(client.settings().clock()).isSameAs(clock);
      assertThat(client.settings().sleeper()).isSameAs(sleeper);
      assertThat(client.toBuilder().build().toString()).isEqualTo(client.toString());
      assertThat(client.listEntries().stream().map(PytorchHubEntry::file))
          .containsExactly("a_b.md");
    }
    assertThat(targets)
        .containsExactly("/repos/mirror/pages/contents?ref=v2", "/mirror/pages/v2/a_b.md");
    assertThat(server.takeRequest().getHeaders().get("User-Agent")).endsWith(" study-42");
  }

  @Test
  void blankRef_isRejected() {
    assertThatThrownBy(() -> PytorchHubClient.builder().ref(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ref");
  }

  @Test
  void toString_namesEndpointsAndHub_andOnlyWhetherThereIsAToken() {
    assertThat(PytorchHubClient.create().toString())
        .isEqualTo(
            "PytorchHubClient[api=https://api.github.com, raw=https://raw.githubusercontent.com,"
                + " hub=pytorch/hub@master, token=none]");
    assertThat(PytorchHubClient.builder().token(GitHubToken.of("ghp_x")).build().toString())
        .endsWith("token=redacted]")
        .doesNotContain("ghp_x");
  }

  @Test
  void getHubConf_atAnExplicitRef_readsOnlyThatRef() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().body("def net():\n    pass\n").build();
      }
    });
    PytorchHubClient client = PytorchHubClient.builder().endpoint(endpoint()).build();
    HubConf conf = client.getHubConf(RepoRef.of("acme", "vision"), Optional.of("v1"));
    assertThat(conf.ref()).isEqualTo("v1");
    assertThat(conf.entrypoints()).extracting(HubEntrypoint::name).containsExactly("net");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/acme/vision/v1/hubconf.py");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void listing_resumesAtTheFirstFile_andRejectsAnUnknownToken() {
    FakePytorchHub hub = new FakePytorchHub(0);
    server.setDispatcher(hub);
    PytorchHubClient client = PytorchHubClient.builder().endpoint(endpoint()).build();
    List<String> files = new ArrayList<>();
    for (Page<PytorchHubEntry> page : client.listEntries().byPage("acme_vision_widenet.md")) {
      page.items().forEach(e -> files.add(e.file()));
    }
    assertThat(files).containsExactly("acme_vision_widenet.md", "someone_detector_tinydet.md");
    assertThatThrownBy(() -> client.listEntries().byPage("nope.md").iterator().next())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nope.md'")
        .hasMessageContaining("pytorch/hub at master");
  }

  @Test
  void provider_appliesEveryProperty_tokenAndUserAgent() throws Exception {
    List<String> targets = new ArrayList<>();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        targets.add(request.getTarget());
        if (request.getTarget().startsWith("/api/")) {
          return new MockResponse.Builder()
              .body("[{\"name\":\"a_b.md\",\"type\":\"file\"}]")
              .build();
        }
        return new MockResponse.Builder()
            .body("---\nlayout: hub_detail\n---\n```python\ntorch.hub.load('a/b', 'c')\n```\n")
            .build();
      }
    });
    PytorchHubClientProvider provider = new PytorchHubClientProvider();
    assertThat(provider.hubName()).isEqualTo("PyTorch");
    var client = provider.create(HubClientConfig.builder()
        .token("ghp_cfg")
        .userAgentSuffix("tool-7")
        .putProperty("apiEndpoint", server.url("/api/").toString())
        .putProperty("rawEndpoint", server.url("/raw/").toString())
        .putProperty("ref", "dev")
        .putProperty("hubRepository", "mirror/pages")
        .build());
    assertThat(client.listModels().stream().map(m -> m.id().value())).containsExactly("a/b/c");
    assertThat(targets)
        .containsExactly(
            "/api/repos/mirror/pages/contents?ref=dev", "/raw/mirror/pages/dev/a_b.md");
    RecordedRequest first = server.takeRequest();
    assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer ghp_cfg");
    assertThat(first.getHeaders().get("User-Agent")).endsWith(" tool-7");
  }
}

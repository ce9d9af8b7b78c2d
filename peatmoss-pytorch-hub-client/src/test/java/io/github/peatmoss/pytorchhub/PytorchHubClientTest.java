package io.github.peatmoss.pytorchhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.HubClientConfig;
import io.github.peatmoss.core.ModelHubClients;
import io.github.peatmoss.core.Page;
import io.github.peatmoss.core.exception.ResourceNotFoundException;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.http.GitHubToken;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class PytorchHubClientTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  private PytorchHubClient client(FakePytorchHub hub) {
    server.setDispatcher(hub);
    return PytorchHubClient.builder()
        .endpoint(server.url("/").uri())
        .token(GitHubToken.of("ghp_secret"))
        .build();
  }

  @Test
  void listModels_readsEveryPage_excludingDocs() {
    FakePytorchHub hub = new FakePytorchHub(3);
    List<Model> models = client(hub).listModels().stream().collect(Collectors.toList());
    assertThat(models)
        .extracting(m -> m.id().value())
        .containsExactly(
            "acme/vision:v1.2.0/widenet18",
            "acme/vision:v1.2.0/widenet34",
            "acme/vision:v1.2.0/widenet50",
            "acme/vision:v1.2.0/widenet101",
            "lab0/repo0/model_0",
            "lab1/repo1/model_1",
            "lab2/repo2/model_2",
            "someone/tinydet/tinydet_s");
    assertThat(hub.requests()).doesNotContain("/pytorch/hub/master/README.md");
    assertThat(hub.requests().stream().filter(r -> r.startsWith("/repos/"))).hasSize(1);
  }

  @Test
  void listEntries_pagesOfTen_resumeFromToken_withoutRefetching() {
    FakePytorchHub hub = new FakePytorchHub(23); // 25 pages -> 3 listing pages
    PytorchHubClient client = client(hub);
    List<String> files = new ArrayList<>();
    Optional<String> token = Optional.empty();
    for (Page<PytorchHubEntry> page : client.listEntries().byPage()) {
      page.items().forEach(e -> files.add(e.file()));
      token = page.continuationToken();
      break;
    }
    assertThat(files).hasSize(10);
    for (Page<PytorchHubEntry> page : client.listEntries().byPage(token.orElseThrow())) {
      page.items().forEach(e -> files.add(e.file()));
    }
    assertThat(files).hasSize(25).doesNotHaveDuplicates();
    List<String> pageFetches =
        hub.requests().stream().filter(r -> r.endsWith(".md")).collect(Collectors.toList());
    assertThat(new HashSet<>(pageFetches)).hasSize(pageFetches.size()).hasSize(25);
  }

  @Test
  void findModel_andCard_andHubConf() throws Exception {
    PytorchHubClient client = client(new FakePytorchHub(0));
    ModelId id = ModelId.of("someone/tinydet/tinydet_s");
    assertThat(client.findModel(id))
        .hasValueSatisfying(m -> assertThat(m.repoUrl()).hasValue("github.com/someone/tinydet"));
    assertThat(client.findModelCard(id)).hasValueSatisfying(c -> assertThat(c).contains("TinyDet"));
    assertThat(client.findModel(ModelId.of("acme/vision/nope"))).isEmpty();
    assertThat(client.findModel(ModelId.of("acme/vision"))).isEmpty();

    HubConf conf = client.getHubConf(RepoRef.of("acme", "vision"), Optional.empty());
    assertThat(conf.ref()).isEqualTo("master"); // main answered 404, torch.hub's fallback
    assertThat(conf.entrypoints()).isNotEmpty();
    assertThatThrownBy(() -> client.getHubConf(RepoRef.of("nobody", "none"), Optional.of("main")))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageContaining("/nobody/none/main/hubconf.py");
    assertThat(server.takeRequest().getHeaders().get("Authorization"))
        .isEqualTo("Bearer ghp_secret");
    assertThat(client.toString()).doesNotContain("ghp_secret");
  }

  @Test
  void provider_isFoundByHubName() {
    server.setDispatcher(new FakePytorchHub(1));
    var hub = ModelHubClients.create(
        "PyTorch", HubClientConfig.builder().endpoint(server.url("/").uri()).build());
    assertThat(hub).isInstanceOf(PytorchHubClient.class);
    assertThat(hub.listModels().stream().count()).isEqualTo(6);
  }
}

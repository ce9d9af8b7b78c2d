package io.github.peatmoss.pytorchhub;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.RepoRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class PytorchHubPagesTest {
  @Test
  void parse_page_readsHeaderAndEveryLiteralLoadCall() {
    PytorchHubEntry entry = PytorchHubPages.parse(
        "acme_vision_widenet.md", FakePytorchHub.fixture("acme_vision_widenet.md"));

    assertThat(entry.title()).hasValue("WideNet");
    assertThat(entry.author()).hasValue("Acme Vision Team");
    assertThat(entry.category()).hasValue("researchers");
    assertThat(entry.tags()).containsExactly("vision", "scriptable");
    assertThat(entry.githubId()).hasValue(RepoRef.of("acme", "vision"));
    assertThat(entry.accelerator()).hasValue("cuda-optional");
    assertThat(entry.order()).hasValue(7);
    assertThat(entry.demoModelLink()).hasValue("https://huggingface.co/spaces/acme/WideNet");
    assertThat(entry.loadCalls())
        .extracting(HubLoadCall::entrypoint)
        .containsExactly("widenet18", "widenet34", "widenet50", "widenet101");
    HubLoadCall first = entry.loadCalls().get(0);
    assertThat(first.repository()).isEqualTo(RepoRef.of("acme", "vision"));
    assertThat(first.ref()).hasValue("v1.2.0");
    assertThat(first.isCommented()).isFalse();
    assertThat(first.keywordArguments()).containsEntry("pretrained", "True");
    HubLoadCall keywordForm = entry.loadCalls().get(3);
    assertThat(keywordForm.keywordArguments())
        .containsEntry("weights", "dict(name=\"imagenet\", size=(224, 224))");
    assertThat(entry.loadCalls().get(1).isCommented()).isTrue();
    assertThat(entry.warnings())
        .singleElement()
        .asString()
        .contains("torch.hub.load('acme/vision', name)")
        .contains("does not name its repository and model literally");
  }

  @Test
  void parse_thirdPartyPage_skipsLocalSource_andReadsTrailingCommentedCall() {
    PytorchHubEntry entry = PytorchHubPages.parse(
        "someone_detector_tinydet.md", FakePytorchHub.fixture("someone_detector_tinydet.md"));
    assertThat(entry.loadCalls()).singleElement().satisfies(c -> {
      assertThat(c.modelId().value()).isEqualTo("someone/tinydet/tinydet_s");
      assertThat(c.ref()).isEmpty();
    });
    assertThat(entry.warnings()).isEmpty();
  }

  @Test
  void toModels_mapsAsPeatmossDid_onePerEntrypoint() {
    List<Model> models = PytorchHubPages.parse(
            "acme_vision_widenet.md", FakePytorchHub.fixture("acme_vision_widenet.md"))
        .toModels();
    assertThat(models)
        .extracting(m -> m.id().value())
        .containsExactly(
            "acme/vision:v1.2.0/widenet18",
            "acme/vision:v1.2.0/widenet34",
            "acme/vision:v1.2.0/widenet50",
            "acme/vision:v1.2.0/widenet101");
    Model model = models.get(0);
    assertThat(model.hub()).isEqualTo(ModelHub.PYTORCH_HUB);
    assertThat(model.repoUrl()).hasValue("github.com/acme/vision");
    assertThat(model.authors()).containsExactly("Acme Vision Team");
    assertThat(model.tags())
        .containsExactly("vision", "scriptable", "researchers", "cuda-optional");
    assertThat(model.libraries()).containsExactly("pytorch");
  }

  @Test
  void parse_withoutHeader_orOtherLayout_warns() {
    PytorchHubEntry noHeader = PytorchHubPages.parse(
        "x_y_z.md", "# Title\n\n```python\ntorch.hub.load('a/b', 'c')\n```\n");
    assertThat(noHeader.warnings()).anyMatch(w -> w.contains("no YAML header"));
    assertThat(noHeader.loadCalls()).hasSize(1);
    PytorchHubEntry index = PytorchHubPages.parse(
        "x_y_z.md",
        "---\nlayout: hub_index\n---\n```python\n" + "torch.hub.load('a/b', 'c')\n```\n");
    assertThat(index.loadCalls()).isEmpty();
    assertThat(index.warnings()).anyMatch(w -> w.contains("not hub_detail"));
  }

  @Test
  void parse_headerAliasBomb_isBoundedAndIgnored() {
    StringBuilder yaml = new StringBuilder("---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 20; i++) {
      yaml.append("a")
          .append(i)
          .append(": &a")
          .append(i)
          .append(" [*a")
          .append(i - 1)
          .append(", *a")
          .append(i - 1)
          .append("]\n");
    }
    yaml.append("title: T\n---\n");
    PytorchHubEntry entry = PytorchHubPages.parse("x_y_z.md", yaml.toString());
    assertThat(entry.title()).isEmpty();
    assertThat(entry.warnings()).anyMatch(w -> w.contains("not valid YAML"));
  }

  @Test
  void isModelPage_excludesRepositoryDocs() {
    assertThat(PytorchHubPages.isModelPage("pytorch_vision_resnet.md")).isTrue();
    assertThat(PytorchHubPages.isModelPage("README.md")).isFalse();
    assertThat(PytorchHubPages.isModelPage("CONTRIBUTING.md")).isFalse();
    assertThat(PytorchHubPages.isModelPage("hubconf.py")).isFalse();
  }
}

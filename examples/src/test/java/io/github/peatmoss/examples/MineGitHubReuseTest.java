package io.github.peatmoss.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.github.testing.FakeGitHub;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class MineGitHubReuseTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  @Test
  void main_againstALocalGitHub_printsTheLicenseAndTheConfirmedUses() {
    FakeGitHub github = new FakeGitHub();
    github.addRepo("huggingface/pytorch-image-models", 33_000, "Apache-2.0").topics =
        List.of("pytorch", "vit");
    FakeGitHub.Repo app = github.addRepo("someone/classifier", 12, "MIT");
    github.addFile(
        app,
        "src/model.py",
        "import timm\n\nnet = timm.create_model(\n"
            + "    'hf-hub:timm/vit_base_patch16_224.augreg_in21k',\n    pretrained=True)\n");
    FakeGitHub.Repo local = github.addRepo("someone/trainer", 3, null);
    github.addFile(
        local, "train.py", "import timm\nnet = timm.create_model('./checkpoints/last')\n");
    server.setDispatcher(github);

    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      MineGitHubReuse.main(new String[] {server.url("/").toString()});
    } finally {
      System.setOut(original);
    }
    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .contains(
            "huggingface/pytorch-image-models: license Apache-2.0, 33000 stars, topics [pytorch, vit]")
        .contains("someone/classifier src/model.py:3 loads timm/vit_base_patch16_224.augreg_in21k"
            + " (timm.create_model)")
        .doesNotContain("someone/trainer train.py")
        .contains("2 candidate files from 1 search requests")
        .containsPattern("code_search: 1 requests, 1 rate-limit units");
  }

  @Test
  void readmeSnippet_linesAllExistInTheExample() throws Exception {
    ReadmeSnippets.assertQuotes("## GitHub (`peatmoss-github-client`)", "MineGitHubReuse");
  }
}

package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.PeatmossDataset;
import io.github.peatmoss.pytorchhub.FakePytorchHub;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PytorchHubCommandsTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void list_printsOneModelPerEntrypoint_asJsonLines() throws Exception {
    server.setDispatcher(new FakePytorchHub(2));
    assertThat(run("pytorch-hub", "list", "--endpoint", server.url("/").toString(), "--json"))
        .isZero();
    String[] lines = out.toString().strip().split("\n");
    assertThat(lines).hasSize(7);
    assertThat(Output.JSON.readTree(lines[0]).get("id").asText())
        .isEqualTo("acme/vision:v1.2.0/widenet18");
    assertThat(Output.JSON.readTree(lines[0]).get("repoUrl").asText())
        .isEqualTo("github.com/acme/vision");
  }

  @Test
  void listPages_showsWarningsOnStderr() {
    server.setDispatcher(new FakePytorchHub(0));
    assertThat(
            run("pytorch-hub", "list", "--pages", "--endpoint", server.url("/").toString()))
        .isZero();
    assertThat(out.toString())
        .contains("acme_vision_widenet.md")
        .contains("WideNet")
        .contains("4 models");
    assertThat(err.toString()).contains("warning: acme_vision_widenet.md");
  }

  @Test
  void mine_writesADatabaseTheDatasetReaderOpens() {
    server.setDispatcher(new FakePytorchHub(15));
    Path db = dir.resolve("pth.db");
    assertThat(run(
            "pytorch-hub", "mine", "--endpoint", server.url("/").toString(), "--db", db.toString()))
        .isZero();
    assertThat(out.toString()).contains("mined 20 PyTorch Hub models");
    assertThat(err.toString()).contains("mining: ");
    try (PeatmossDataset dataset = PeatmossDataset.open(db)) {
      assertThat(dataset.tableCounts().get("model")).isEqualTo(20L);
      Model model = dataset.findModel(ModelId.of("someone/tinydet/tinydet_s")).orElseThrow();
      assertThat(model.repoUrl()).hasValue("github.com/someone/tinydet");
      assertThat(model.tags()).contains("vision", "developers", "cuda");
      assertThat(model.authors()).containsExactly("Someone");
    }
  }
}

package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.hf.FakeHub;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Every text table starts with a header line naming its columns; counts carry thousands separators. */
class TextTablesTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  private StringWriter out = new StringWriter();

  private List<String> lines(String... args) {
    out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(Main.run(args, new PrintWriter(out), new PrintWriter(err)))
        .as(err.toString())
        .isZero();
    return Arrays.asList(out.toString().split("\n"));
  }

  @Test
  void datasetModels_hasAHeader_andSeparatedCounts() {
    List<String> lines = lines("dataset", "models", "--top", "3");
    assertThat(lines.get(0)).startsWith("MODEL").contains("HUB", "DOWNLOADS", "LIKES", "LICENSES");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1))
        .as("the most downloaded sample model has thousands of downloads")
        .matches(".* \\d{1,3}(,\\d{3})+ .*");
  }

  @Test
  void datasetReuse_hasAHeader() {
    List<String> lines = lines("dataset", "reuse", "acme-ai/tiny-bert");
    assertThat(lines.get(0)).startsWith("MODEL").contains("REUSED BY", "LICENSES");
    assertThat(lines.size()).isGreaterThan(1);
  }

  @Test
  void hfList_hasAHeader_andSeparatedCounts() {
    server.setDispatcher(new FakeHub(3, 10));
    List<String> lines = lines("hf", "list", "--endpoint", server.url("/").toString());
    assertThat(lines.get(0)).startsWith("MODEL").contains("DOWNLOADS", "LIKES", "TASK");
    assertThat(lines).hasSize(4);
  }

  @Test
  void licensesAudit_separatesThousands() {
    String text = String.join("\n", lines("licenses", "audit", "--top", "3"));
    assertThat(text).containsPattern("License audit of sample: [\\d,]+ model-to-repository links");
  }
}

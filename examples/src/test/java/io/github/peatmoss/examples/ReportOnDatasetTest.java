package io.github.peatmoss.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportOnDatasetTest {

  @Test
  void main_onTheBundledSample_printsTheChosenSections_andWritesThePage() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      ReportOnDataset.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String text = buffer.toString(StandardCharsets.UTF_8);
    assertThat(text.lines().findFirst().orElseThrow())
        .startsWith("NOTE: this is the bundled sample");
    assertThat(text)
        .contains(
            "== PTMs per hub ==", "== License audit of reuse links ==", "== Base-model lineage ==")
        .doesNotContain("== Snapshots ==")
        .containsPattern("links audited: \\d+")
        .contains("wrote target" + java.io.File.separator + "report" + java.io.File.separator
            + "index.html");
    assertThat(Path.of("target/report/index.html")).exists();
    assertThat(Path.of("target/report/echarts.min.js")).exists();
  }

  @Test
  void readmeSnippet_linesAllExistInTheExample() throws Exception {
    ReadmeSnippets.assertQuotes("## Report (`peatmoss-report`)", "ReportOnDataset");
  }
}

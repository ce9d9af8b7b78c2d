package io.github.peatmoss.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
    assertThat(text.lines().findFirst().orElseThrow()).startsWith("NOTE: this is the bundled sample");
    assertThat(text).contains("== PTMs per hub ==", "== License audit of reuse links ==", "== Base-model lineage ==")
        .doesNotContain("== Snapshots ==")
        .containsPattern("links audited: \\d+")
        .contains("wrote target" + java.io.File.separator + "report" + java.io.File.separator + "index.html");
    assertThat(Path.of("target/report/index.html")).exists();
    assertThat(Path.of("target/report/echarts.min.js")).exists();
  }

  @Test
  void readmeSnippet_linesAllExistInTheExample() throws Exception {
    String readme = Files.readString(Paths.get("..", "README.md"), StandardCharsets.UTF_8);
    String example = Files.readString(Path.of("src/main/java/io/github/peatmoss/examples/ReportOnDataset.java"),
        StandardCharsets.UTF_8);
    int section = readme.indexOf("## Report (`peatmoss-report`)");
    assertThat(section).isNotNegative();
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    int end = readme.indexOf("```", start);
    for (String line : readme.substring(start, end).split("\n")) {
      assertThat(example).contains(line.strip());
    }
  }
}

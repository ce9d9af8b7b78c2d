package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.dataset.PeatmossDataset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void report_onTheSample_saysItIsSyntheticFirst_thenPrintsEverySection_withProgressOnStderr() {
    assertThat(run("report")).isZero();
    String text = out.toString();
    assertThat(text.lines().findFirst().orElseThrow())
        .startsWith("NOTE: this is the bundled sample, synthetic")
        .containsPattern("\\d+% of its links are incompatible");
    assertThat(text)
        .contains(
            "== PTMs per hub ==",
            "== Snapshots ==",
            "== Reuse: downstream repositories and links ==",
            "== PTMs per domain and task ==",
            "== New PTMs per month and domain ==",
            "== Documentation completeness per metadata field ==",
            "== License distribution ==",
            "== License audit of reuse links ==",
            "== Base-model lineage ==",
            "Most common inconsistencies");
    assertThat(err.toString())
        .contains("peatmoss: report [1/9] hubs:", "peatmoss: report [9/9] lineage:");
  }

  @Test
  void json_isOneObjectWithAKeyPerSection_numbersAsNumbers() throws Exception {
    assertThat(run("report", "--json", "--sections", "hubs,audit")).isZero();
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(1);
    JsonNode json = Output.JSON.readTree(lines[0]);
    assertThat(json.get("db").asText()).isEqualTo("sample");
    assertThat(json.get("schema").asText()).isEqualTo("R2");
    assertThat(json.get("caveat").asText()).contains("synthetic");
    assertThat(json.get("ptmsPerHub").get("models").isIntegralNumber()).isTrue();
    assertThat(json.get("ptmsPerHub").get("byHub").get(0).get("percent").isNumber())
        .isTrue();
    assertThat(json.get("licenseAudit")
            .get("byCategoryPair")
            .get(0)
            .get("incompatible")
            .isIntegralNumber())
        .isTrue();
    assertThat(json.has("lineage")).isFalse();
  }

  @Test
  void html_writesASelfContainedPage(@TempDir Path dir) throws Exception {
    assertThat(run("report", "--html", dir.toString(), "--sections", "reuse")).isZero();
    String page = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
    assertThat(page)
        .contains("<script src=\"echarts.min.js\"></script>")
        .doesNotContain("http://", "https://cdn");
    assertThat(dir.resolve("echarts.min.js")).exists();
    assertThat(err.toString()).contains("peatmoss: wrote " + dir.resolve("index.html"));
  }

  @Test
  void r1File_skipsR2Sections_withReasons(@TempDir Path dir) throws Exception {
    Path r1 = PeatmossDataset.copySample(dir.resolve("r1.db"));
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + r1);
        java.sql.Statement s = c.createStatement()) {
      s.executeUpdate("DROP TABLE model_to_base_model");
    }
    assertThat(run("report", "--db", r1.toString(), "--sections", "lineage,hubs"))
        .isZero();
    assertThat(out.toString())
        .doesNotContain("NOTE: this is the bundled sample")
        .contains(
            "skipped: needs the R2 (2024, LLM-extracted metadata) table model_to_base_model; this file is R1");
  }

  @Test
  void unknownSection_isAUsageError() {
    assertThat(run("report", "--sections", "hubs,trends")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown report section 'trends'");
  }
}

package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.dataset.PeatmossDataset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path tmp;

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void info_json_printsSchemaAndEveryTableCountOfTheSample() throws Exception {
    assertThat(run("dataset", "info", "--json")).isZero();
    List<JsonNode> lines = JsonLines.parse(out);
    assertThat(lines).hasSize(1);
    JsonNode doc = lines.get(0);
    assertThat(doc.get("schema").asText()).isEqualTo("R2");
    assertThat(doc.get("tables").size()).isEqualTo(76);
    assertThat(doc.get("tables").get("model").asLong()).isPositive();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void models_hub_isCaseInsensitive_andAnUnknownHubIsAUsageErrorListingTheValidOnes()
      throws Exception {
    assertThat(run("dataset", "models", "--hub", "pytorch", "--json")).isZero();
    List<JsonNode> lines = JsonLines.parse(out);
    assertThat(lines)
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l.get("hub").asText()).isEqualTo("PyTorch"));
    assertThat(run("dataset", "models", "--hub", "bogus")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown hub 'bogus'; valid values: HuggingFace, PyTorch");
  }

  @Test
  void info_text_namesTheDatabaseAndCounts() {
    assertThat(run("dataset", "info")).isZero();
    assertThat(out.toString())
        .contains("the bundled sample")
        .contains("schema   R2 (76 tables)")
        .contains("model_hub");
  }

  @Test
  void models_json_printsOneObjectPerLineWithTheRequiredFields() throws Exception {
    assertThat(run("dataset", "models", "--json", "--license", "gpl-3.0")).isZero();
    List<JsonNode> lines = JsonLines.parse(out);
    assertThat(lines).isNotEmpty().allSatisfy(line -> {
      assertThat(line.fieldNames())
          .toIterable()
          .contains("id", "hub", "downloads", "likes", "licenses", "tags");
      assertThat(line.get("licenses").toString()).contains("gpl-3.0");
    });
  }

  @Test
  void models_top_sortsByDownloads() throws Exception {
    assertThat(run("dataset", "models", "--json", "--top", "5")).isZero();
    List<Long> downloads = JsonLines.parse(out).stream()
        .map(n -> n.get("downloads").asLong())
        .collect(Collectors.toList());
    assertThat(downloads).hasSize(5).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void model_showsLookupsAndReuse() throws Exception {
    assertThat(run("dataset", "model", "--json", "acme-ai/tiny-bert")).isZero();
    JsonNode doc = JsonLines.parse(out).get(0);
    assertThat(doc.get("id").asText()).isEqualTo("acme-ai/tiny-bert");
    assertThat(doc.get("hub").asText())
        .as("a hub is its name, as in dataset models")
        .isEqualTo("HuggingFace");
    assertThat(doc.get("reusedBy").size()).isPositive();
    assertThat(doc.has("extracted")).isTrue();
  }

  @Test
  void model_whenMissing_failsWithExitOneAndAHint() {
    assertThat(run("dataset", "model", "nobody/nothing")).isEqualTo(1);
    assertThat(err.toString())
        .contains("no model 'nobody/nothing'")
        .contains("peatmoss dataset models");
  }

  @Test
  void model_whenIdMalformed_isUsageError() {
    assertThat(run("dataset", "model", "a/b/c/d")).isEqualTo(2);
  }

  @Test
  void reuse_listsRepositoriesWithBothLicenses() throws Exception {
    assertThat(run("dataset", "reuse", "--json", "acme-ai/tiny-bert")).isZero();
    assertThat(JsonLines.parse(out)).isNotEmpty().allSatisfy(line -> {
      assertThat(line.get("model").asText()).isEqualTo("acme-ai/tiny-bert");
      assertThat(line.get("modelLicenses").toString()).contains("gpl-3.0");
      assertThat(line.has("repositoryLicenses")).isTrue();
      assertThat(line.get("files").size()).isPositive();
    });
  }

  @Test
  void reuse_repository_listsTheModelsItReuses() throws Exception {
    assertThat(run("dataset", "reuse", "--json", "--repository", "river-dev/chat-ui"))
        .isZero();
    assertThat(JsonLines.parse(out))
        .isNotEmpty()
        .allSatisfy(
            line -> assertThat(line.get("repository").asText()).isEqualTo("river-dev/chat-ui"));
  }

  @Test
  void db_option_readsThatFile_andBadFilesFailWithTheProblem() throws Exception {
    Path copy = PeatmossDataset.copySample(tmp.resolve("copy.db"));
    assertThat(run("dataset", "info", "--json", "--db", copy.toString())).isZero();
    Path empty = Files.createFile(tmp.resolve("empty.db"));
    assertThat(run("dataset", "info", "--db", empty.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("is empty (0 bytes)");
  }

  @Test
  void models_whenARowHasNoModelId_listsTheRestAndSaysWhatWasLeftOut() throws Exception {
    Path copy = PeatmossDataset.copySample(tmp.resolve("odd.db"));
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy);
        java.sql.Statement st = c.createStatement()) {
      st.executeUpdate(
          "INSERT INTO model (id, context_id, model_hub_id, downloads) VALUES (900001, NULL, 1, 5)");
    }
    int expected;
    try (PeatmossDataset dataset = PeatmossDataset.open(copy)) {
      expected = dataset.tableCounts().get("model").intValue() - 1;
    }
    assertThat(run("dataset", "models", "--json", "--db", copy.toString())).isZero();
    assertThat(JsonLines.parse(out)).hasSize(expected);
    assertThat(err.toString().strip())
        .isEqualTo(
            "peatmoss: note: left out 1 row(s) no value can hold; first: model row 900001: model row 900001"
                + " has no context_id (NULL), so it has no model id; filter it out with SQL (context_id IS NOT NULL)"
                + " or fix the row; read it with streamTable(\"model\")");
  }
}

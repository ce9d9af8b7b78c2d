package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.PeatmossDataset;
import io.github.peatmoss.hf.FakeHub;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HfCommandsTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  @TempDir
  Path dir;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private String endpoint() {
    return server.url("/").toString();
  }

  @Test
  void list_json_printsOneModelPerLineWithIdDownloadsLikesTags() throws Exception {
    server.setDispatcher(new FakeHub(30, 10));
    assertThat(run("hf", "list", "--endpoint", endpoint(), "--json", "--limit", "12"))
        .isZero();
    List<JsonNode> lines = JsonLines.parse(out);
    assertThat(lines).hasSize(12);
    JsonNode first = lines.get(0);
    assertThat(first.get("id").asText()).isEqualTo(FakeHub.modelId(0));
    assertThat(first.get("downloads").asLong()).isEqualTo(300);
    assertThat(first.get("likes").asLong()).isEqualTo(10);
    assertThat(first.get("tags").isArray()).isTrue();
    assertThat(first.get("tags").toString()).contains("license:mit");
    assertThat(first.fieldNames())
        .toIterable()
        .as("as hf model names them")
        .contains("pipelineTag", "libraryName")
        .doesNotContain("pipeline_tag", "library_name");
    assertThat(run("hf", "list", "--endpoint", endpoint(), "--sort", "likes", "--limit", "1"))
        .isZero();
    assertThat(run("hf", "list", "--endpoint", endpoint(), "--sort", "bogus")).isEqualTo(2);
    assertThat(err.toString()).contains("DOWNLOADS").contains("LIKES");
  }

  @Test
  void list_expand_isSentRepeated_andCombiningItWithFullIsUsage() throws Exception {
    server.setDispatcher(new FakeHub(3, 10));
    assertThat(run(
            "hf",
            "list",
            "--endpoint",
            endpoint(),
            "--json",
            "--expand",
            "downloads,likes",
            "--expand",
            "model-index"))
        .isZero();
    assertThat(JsonLines.parse(out)).hasSize(3);
    mockwebserver3.RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().queryParameterValues("expand"))
        .containsExactly("downloads", "likes", "model-index");
    assertThat(run("hf", "list", "--endpoint", endpoint(), "--expand", "nonsense"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("unknown expand property 'nonsense'");
    assertThat(run("hf", "list", "--endpoint", endpoint(), "--expand", "sha", "--full"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("expand cannot be combined");
  }

  @Test
  void list_text_printsATable() {
    server.setDispatcher(new FakeHub(3, 10));
    assertThat(run("hf", "list", "--endpoint", endpoint())).isZero();
    assertThat(out.toString().split("\n")).hasSize(4);
    assertThat(out.toString().split("\n")[0])
        .startsWith("MODEL")
        .contains("DOWNLOADS", "LIKES", "TASK");
    assertThat(out.toString()).contains(FakeHub.modelId(2)).contains("fill-mask");
  }

  @Test
  void model_andCard_showTheHubsView() throws Exception {
    server.setDispatcher(new FakeHub(5, 5));
    assertThat(run("hf", "model", FakeHub.modelId(1), "--endpoint", endpoint(), "--json"))
        .isZero();
    JsonNode model = JsonLines.parse(out).get(0);
    assertThat(model.get("id").asText()).isEqualTo(FakeHub.modelId(1));
    assertThat(model.get("architectures").get(0).asText()).isEqualTo("BertForMaskedLM");

    assertThat(run("hf", "model", FakeHub.modelId(1), "--endpoint", endpoint())).isZero();
    assertThat(out.toString()).contains("licenses:      [apache-2.0]").contains("parameters:");

    assertThat(run("hf", "card", FakeHub.modelId(1), "--endpoint", endpoint())).isZero();
    assertThat(out.toString())
        .contains("accuracy = 0.501 on IMDb")
        .contains("outline:")
        .contains("Training");

    assertThat(run("hf", "card", FakeHub.modelId(1), "--endpoint", endpoint(), "--json"))
        .isZero();
    assertThat(JsonLines.parse(out).get(0).get("evalResults").size()).isEqualTo(1);
  }

  @Test
  void model_peatmoss_text_isTheDatabaseRecord_labelledAndAligned_unlikeTheHubsView()
      throws Exception {
    server.setDispatcher(new FakeHub(5, 5));
    String id = FakeHub.modelId(1);
    assertThat(run("hf", "model", id, "--endpoint", endpoint())).isZero();
    String hubView = out.toString();

    assertThat(run("hf", "model", id, "--endpoint", endpoint(), "--peatmoss")).isZero();
    String record = out.toString();

    assertThat(record).isNotEqualTo(hubView);
    List<String> lines = record.lines().toList();
    assertThat(lines.get(0)).isEqualTo(id + " as PeaTMOSS records it");
    assertThat(lines.get(1)).isEqualTo("  table model");
    assertThat(lines)
        .contains(
            "    context_id     " + id,
            "    model_hub      HuggingFace <https://huggingface.co/>",
            "    repo_url       https://huggingface.co/" + id,
            "    has_snapshot   false",
            "  linked through model_to_<table>",
            "    license        apache-2.0",
            "    architecture   BertForMaskedLM");
    assertThat(lines.subList(2, lines.size()))
        .as("every field a label and a value, values in one column")
        .allSatisfy(line -> assertThat(line).matches("(    [a-z_]{1,14} +\\S.*|  linked .*)"))
        .filteredOn(line -> line.startsWith("    "))
        .extracting(line -> line.indexOf(' ', 4) < 19 && line.charAt(19) != ' ')
        .containsOnly(true);

    assertThat(run("hf", "model", id, "--endpoint", endpoint(), "--peatmoss", "--json"))
        .isZero();
    JsonNode json = JsonLines.parse(out).get(0);
    assertThat(json.get("id").asText()).isEqualTo(id);
    assertThat(json.get("licenses").get(0).asText()).isEqualTo("apache-2.0");
    assertThat(json.fieldNames())
        .toIterable()
        .as("the JSON keeps the one vocabulary: camelCase")
        .contains("repoUrl", "hasSnapshot")
        .doesNotContain("repo_url", "context_id", "has_snapshot");
  }

  @Test
  void model_missing_isOneLineFailure_andBadIdIsUsage() {
    server.setDispatcher(new FakeHub(5, 5));
    assertThat(run("hf", "model", "nobody/nothing", "--endpoint", endpoint())).isEqualTo(1);
    assertThat(err.toString().strip())
        .startsWith("peatmoss: GET /api/models/nobody/nothing -> 404")
        .doesNotContain("\n");
    assertThat(run("hf", "model", "a/b/c/d", "--endpoint", endpoint())).isEqualTo(2);
    assertThat(run("hf", "mine", "--endpoint", endpoint())).isEqualTo(2);
    assertThat(err.toString()).contains("--db");
  }

  @Test
  void mine_writesADatabaseTheDatasetReaderOpens() throws Exception {
    FakeHub hub = new FakeHub(120, 50);
    server.setDispatcher(hub);
    Path db = dir.resolve("out.db");

    assertThat(
            run("hf", "mine", "--endpoint", endpoint(), "--db", db.toString(), "--page-size", "50"))
        .isZero();

    assertThat(out.toString()).contains("mined 120 models").contains("listing complete");
    assertThat(err.toString())
        .contains("mining: 50 models, 1 pages")
        .contains("mining: 120 models, 3 pages");
    assertThat(Files.exists(dir.resolve("out.db.hf-checkpoint")))
        .as("no checkpoint file: it is in the database")
        .isFalse();
    assertThat(checkpoints(db))
        .singleElement()
        .satisfies(row -> assertThat(row).endsWith("|null|120|1"));
    try (PeatmossDataset dataset = PeatmossDataset.open(db)) {
      assertThat(dataset.tableCounts().get("model")).isEqualTo(120L);
      Model model = dataset.findModel(ModelId.of(FakeHub.modelId(4))).orElseThrow();
      assertThat(model.repoUrl()).hasValue("https://huggingface.co/" + FakeHub.modelId(4));
      assertThat(model.downloads()).hasValue(1160);
      assertThat(model.licenses()).containsExactly("apache-2.0");
      assertThat(model.architectures()).containsExactly("BertForMaskedLM");
      assertThat(model.frameworks()).containsExactly("bert");
      assertThat(model.papers())
          .extracting(p -> p.title())
          .containsExactly("https://arxiv.org/abs/1810.04805");
      assertThat(dataset.tableCounts().get("evaluation_metric")).isZero();
    }
  }

  @Test
  void mine_stoppedByLimit_resumesFromCheckpoint_noPageTwice_noModelLost() throws Exception {
    FakeHub hub = new FakeHub(230, 50);
    server.setDispatcher(hub);
    Path db = dir.resolve("crawl.db");
    String[] args = {
      "hf", "mine", "--endpoint", endpoint(), "--db", db.toString(), "--page-size", "50", "--json"
    };

    String[] limited = java.util.Arrays.copyOf(args, args.length + 2);
    limited[args.length] = "--limit";
    limited[args.length + 1] = "100";
    assertThat(run(limited)).isZero();
    JsonNode first = JsonLines.parse(out).get(0);
    assertThat(first.get("models").asLong()).isEqualTo(100);
    assertThat(first.get("complete").asBoolean()).isFalse();
    assertThat(checkpoints(db))
        .singleElement()
        .satisfies(row -> assertThat(row).contains("cursor").endsWith("|100|0"));

    assertThat(run(args)).isZero();
    assertThat(err.toString()).contains("resuming from checkpoint");
    JsonNode second = JsonLines.parse(out).get(0);
    assertThat(second.get("models").asLong()).isEqualTo(130);
    assertThat(second.get("complete").asBoolean()).isTrue();

    List<String> requests = hub.requests();
    assertThat(requests).hasSize(5);
    assertThat(new HashSet<>(requests)).as("no listing page fetched twice").hasSize(5);
    try (PeatmossDataset dataset = PeatmossDataset.open(db)) {
      assertThat(dataset.tableCounts().get("model")).as("no model lost").isEqualTo(230L);
    }
  }

  @Test
  void mine_rateLimitedBeyondMaxWait_stopsWithResetTime_andResumesFromCheckpointLater()
      throws Exception {
    // A window of 2 requests per hour: the third listing request would have to wait ~an hour.
    FakeHub limited = new FakeHub(50, 10, 0, 2, 3600, System::nanoTime);
    server.setDispatcher(limited);
    Path db = dir.resolve("limited.db");
    String[] args = {
      "hf",
      "mine",
      "--endpoint",
      endpoint(),
      "--db",
      db.toString(),
      "--page-size",
      "10",
      "--max-wait",
      "5"
    };

    assertThat(run(args)).isEqualTo(1);
    assertThat(err.toString())
        .contains("until")
        .contains("after 20 items")
        .contains("rerun the same command");
    assertThat(limited.requests()).hasSize(2);
    assertThat(limited.rejected())
        .as("paced: the spent window is not even asked")
        .isZero();
    try (PeatmossDataset dataset = PeatmossDataset.open(db)) {
      assertThat(dataset.tableCounts().get("model")).isEqualTo(20L);
    }

    // After the reset (here: a server with a fresh window), the same command resumes at page 3.
    FakeHub fresh = new FakeHub(50, 10);
    server.setDispatcher(fresh);
    assertThat(run(args)).isZero();
    assertThat(err.toString()).contains("resuming from checkpoint");
    assertThat(fresh.requests()).hasSize(3);
    Set<String> all = new HashSet<>(limited.requests());
    all.addAll(fresh.requests());
    assertThat(all).as("no listing page fetched twice").hasSize(5);
    try (PeatmossDataset dataset = PeatmossDataset.open(db)) {
      assertThat(dataset.tableCounts().get("model")).isEqualTo(50L);
    }
  }

  @Test
  void mine_withCards_parsesReadmesAndRecordsEvaluationResults() throws Exception {
    FakeHub hub = new FakeHub(20, 10);
    server.setDispatcher(hub);
    Path db = dir.resolve("cards.db");
    assertThat(run(
            "hf",
            "mine",
            "--endpoint",
            endpoint(),
            "--db",
            db.toString(),
            "--page-size",
            "10",
            "--cards",
            "--concurrency",
            "3",
            "--json"))
        .isZero();
    JsonNode summary = JsonLines.parse(out).get(0);
    assertThat(summary.get("cardsFetched").asLong()).isEqualTo(18);
    assertThat(summary.get("cardsMissing").asLong()).isEqualTo(2);
    assertThat(hub.requests().stream()
            .filter(r -> r.endsWith("README.md"))
            .collect(Collectors.toList()))
        .hasSize(20);
    try (PeatmossDataset dataset = PeatmossDataset.open(db)) {
      assertThat(dataset.tableCounts().get("model")).isEqualTo(20L);
      assertThat(dataset.tableCounts().get("evaluation_metric")).isEqualTo(18L);
    }
  }

  @Test
  void mine_anotherQuery_keepsItsOwnCheckpoint() throws Exception {
    server.setDispatcher(new FakeHub(100, 50));
    Path db = dir.resolve("q.db");
    assertThat(run(
            "hf",
            "mine",
            "--endpoint",
            endpoint(),
            "--db",
            db.toString(),
            "--page-size",
            "50",
            "--limit",
            "50"))
        .isZero();
    assertThat(run(
            "hf",
            "mine",
            "--endpoint",
            endpoint(),
            "--db",
            db.toString(),
            "--page-size",
            "50",
            "--author",
            "org1"))
        .isZero();
    assertThat(err.toString()).doesNotContain("resuming");
    assertThat(checkpoints(db)).hasSize(2);
    assertThat(
            run("hf", "mine", "--endpoint", endpoint(), "--db", db.toString(), "--page-size", "50"))
        .isZero();
    assertThat(err.toString()).contains("resuming from checkpoint");
  }

  /** Returns the rows of the mining checkpoint table as {@code source|next|items|complete}. */
  private static List<String> checkpoints(Path db) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT source, next_token, items, complete FROM peatmoss_mining_checkpoint")) {
      while (rs.next()) {
        rows.add(
            rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getLong(3) + "|" + rs.getInt(4));
      }
    }
    return rows;
  }
}

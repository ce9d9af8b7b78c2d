package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private static Path card() throws Exception {
    return Path.of(
        Objects.requireNonNull(ExtractCommandsTest.class.getResource("/extract/README.md"))
            .toURI());
  }

  @Test
  void card_providerNone_json_oneObjectWithAKeyPerField() throws Exception {
    assertThat(run(
            "extract",
            "card",
            card().toString(),
            "--provider",
            "none",
            "--json",
            "--id",
            "example-org/demo"))
        .as(err.toString())
        .isZero();
    List<JsonNode> lines = JsonLines.parse(out);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).get("model").asText()).isEqualTo("example-org/demo");
    JsonNode o = lines.get(0).get("extracted");
    for (String key : List.of(
        "license",
        "datasets",
        "baseModel",
        "parameterCount",
        "hardware",
        "carbonEmitted",
        "hyperParameters",
        "evaluation",
        "limitationAndBias",
        "demo",
        "grant",
        "inputFormat",
        "outputFormat",
        "language",
        "githubRepo",
        "paper",
        "domain",
        "task",
        "frameworks",
        "libraries")) {
      assertThat(o.has(key)).as(key).isTrue();
    }
    assertThat(o.get("license").get("value").asText()).isEqualTo("apache-2.0");
    assertThat(o.get("license").get("provenance").asText()).isEqualTo("CARD_YAML");
    assertThat(o.get("license").get("evidence").get("quote").asText())
        .isEqualTo("license: apache-2.0");
    assertThat(o.get("parameterCount").get("value").asLong()).isEqualTo(66_000_000L);
    assertThat(o.get("parameterCount").get("provenance").asText()).isEqualTo("CARD_TEXT");
    assertThat(o.get("carbonEmitted").get("value").asDouble()).isEqualTo(120.0);
    assertThat(o.get("hardware").get(0).get("value").get("name").asText())
        .isEqualTo("1 x NVIDIA T4");
    assertThat(o.get("hardware").get(0).get("value").get("hoursUsed").asDouble())
        .isEqualTo(2.0);
    assertThat(o.get("githubRepo").get(0).get("value").asText())
        .isEqualTo("example-org/sentiment-demo");
    assertThat(o.get("domain").get(0).get("value").asText())
        .isEqualTo("natural-language-processing");
    assertThat(o.get("frameworks").get(0).get("value").asText()).isEqualTo("pytorch");
    assertThat(o.get("grant").isArray()).isTrue();
    assertThat(o.get("grant")).isEmpty();
    assertThat(o.get("license").get("evidence").get("source").asText()).isEqualTo("README.md");
    assertThat(lines.get(0).get("openFields").toString())
        .contains("limitationAndBias")
        .doesNotContain("\"license\"");
  }

  @Test
  void card_withAProvider_asksOnlyOpenFields_andReportsUsage(@TempDir Path dir) throws Exception {
    FakeOpenAi fake = new FakeOpenAi();
    try (mockwebserver3.MockWebServer server = new mockwebserver3.MockWebServer()) {
      server.setDispatcher(fake);
      server.start();
      Path card = cards().resolve("acme/news-bert/README.md");
      assertThat(run(
              "extract",
              "card",
              card.toString(),
              "--provider",
              "openai",
              "--base-url",
              server.url("/v1").toString(),
              "--model",
              "gpt-4o-mini",
              "--json"))
          .as(err.toString())
          .isZero();
      JsonNode o = JsonLines.parse(out).get(0);
      assertThat(o.get("model").asText()).isEqualTo("acme/news-bert");
      assertThat(o.get("extracted").get("hardware").get(0).get("provenance").asText())
          .isEqualTo("LLM");
      assertThat(o.get("extracted").get("license").get("provenance").asText())
          .isEqualTo("CARD_YAML");
      assertThat(o.get("usage").get("askedFields").toString())
          .doesNotContain("license")
          .contains("hardware");
      assertThat(fake.calls.get()).isEqualTo(1);
    }
  }

  @Test
  void card_text_namesValuesAndTheirSources() throws Exception {
    assertThat(run("extract", "card", card().toString())).isZero();
    assertThat(out.toString())
        .contains("license:", "apache-2.0", "[CARD_YAML: \"license: apache-2.0\"]")
        .contains("open (for an LLM):");
  }

  @Test
  void card_missingFile_isAUsageError(@TempDir Path dir) {
    assertThat(run("extract", "card", dir.resolve("nope.md").toString(), "--json"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("no such file");
  }

  @Test
  void card_noFrontMatter_stillAnswersEveryKey(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("README.md");
    Files.writeString(file, "# plain\n\nNothing to see.\n");
    assertThat(run("extract", "card", file.toString(), "--json")).isZero();
    JsonNode o = JsonLines.parse(out).get(0).get("extracted");
    assertThat(o.get("license").isNull()).isTrue();
    assertThat(o.get("datasets")).isEmpty();
  }

  private static Path cards() throws Exception {
    return Path.of(Objects.requireNonNull(ExtractCommandsTest.class.getResource("/extract/cards"))
        .toURI());
  }

  @Test
  void card_openaiWithoutKeyOrBaseUrl_isAUsageErrorSayingWhatToSet() throws Exception {
    assertThat(run(
            "extract", "card", card().toString(), "--provider", "openai", "--model", "gpt-4o-mini"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("OPENAI_API_KEY").contains("--base-url");
  }

  @Test
  void card_providerWithoutModel_isAUsageError() throws Exception {
    assertThat(run("extract", "card", card().toString(), "--provider", "ollama"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--model");
  }

  @Test
  void batch_providerNone_fillsTheR2TablesThroughTheWriter(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("out.db");
    assertThat(run(
            "extract",
            "batch",
            "--provider",
            "none",
            "--db",
            db.toString(),
            "--json",
            cards().toString()))
        .as(err.toString())
        .isZero();
    List<JsonNode> lines = JsonLines.parse(out);
    assertThat(lines)
        .extracting(l -> l.get("model").asText())
        .containsExactly("acme/news-bert", "acme/plain");
    assertThat(err.toString()).contains("[1/2] acme/news-bert").contains("[2/2] acme/plain");
    try (io.github.peatmoss.dataset.PeatmossDataset dataset =
        io.github.peatmoss.dataset.PeatmossDataset.open(db)) {
      var news = dataset
          .findExtractedMetadata(io.github.peatmoss.core.model.ModelId.of("acme/news-bert"))
          .orElseThrow();
      assertThat(news.parameterCount().orElseThrow().value()).isEqualTo(110_000_000L);
      assertThat(news.license().orElseThrow().value()).isEqualTo("mit");
      assertThat(news.datasets()).extracting(d -> d.value().name()).containsExactly("ag_news");
      assertThat(news.baseModels())
          .extracting(b -> b.value().name())
          .containsExactly("bert-base-uncased");
      assertThat(news.tasks()).extracting(t -> t.value()).containsExactly("text-classification");
      var plain = dataset
          .findExtractedMetadata(io.github.peatmoss.core.model.ModelId.of("acme/plain"))
          .orElseThrow();
      assertThat(plain.carbonEmittedGrams().orElseThrow().value()).isEqualTo(500.0);
      assertThat(plain.hardware()).extracting(h -> h.value().name()).containsExactly("2 x A100");
      assertThat(plain.papers()).isNotEmpty();
      assertThat(plain.frameworks()).extracting(f -> f.value()).containsExactly("pytorch");
    }
  }

  @Test
  void batch_rerunWithTheCache_makesZeroProviderCalls(@TempDir Path dir) throws Exception {
    FakeOpenAi fake = new FakeOpenAi();
    try (mockwebserver3.MockWebServer server = new mockwebserver3.MockWebServer()) {
      server.setDispatcher(fake);
      server.start();
      String[] args = {
        "extract",
        "batch",
        "--provider",
        "openai",
        "--base-url",
        server.url("/v1").toString(),
        "--model",
        "gpt-4o-mini",
        "--cache",
        dir.resolve("cache.db").toString(),
        "--db",
        dir.resolve("out.db").toString(),
        "--json",
        "--price-in",
        "0.15",
        "--price-out",
        "0.60",
        cards().toString()
      };
      assertThat(run(args)).as(err.toString()).isZero();
      int first = fake.calls.get();
      assertThat(first).isEqualTo(2);
      JsonNode news = JsonLines.parse(out).get(0);
      assertThat(news.get("usage").get("calls").asInt()).isEqualTo(1);
      assertThat(err.toString())
          .contains("2 provider call(s), 0 cached answer(s)")
          .contains("cost $0.0002");
      try (io.github.peatmoss.dataset.PeatmossDataset dataset =
          io.github.peatmoss.dataset.PeatmossDataset.open(dir.resolve("out.db"))) {
        var m = dataset
            .findExtractedMetadata(io.github.peatmoss.core.model.ModelId.of("acme/news-bert"))
            .orElseThrow();
        assertThat(m.hardware()).extracting(h -> h.value().name()).containsExactly("V100");
      }
      out.getBuffer().setLength(0);
      err.getBuffer().setLength(0);
      assertThat(run(args)).as(err.toString()).isZero();
      assertThat(fake.calls.get()).as("calls on the rerun").isEqualTo(first);
      assertThat(err.toString()).contains("0 provider call(s), 2 cached answer(s)");
      assertThat(JsonLines.parse(out).get(0).get("usage").get("cacheHits").asInt())
          .isEqualTo(1);
    }
  }

  @Test
  void batch_exportThenImportBatchApiFiles_thenRunMakesZeroCalls(@TempDir Path dir)
      throws Exception {
    FakeOpenAi fake = new FakeOpenAi();
    try (mockwebserver3.MockWebServer server = new mockwebserver3.MockWebServer()) {
      server.setDispatcher(fake);
      server.start();
      Path input = dir.resolve("batch-input.jsonl");
      String[] common = {
        "--provider",
        "openai",
        "--base-url",
        server.url("/v1").toString(),
        "--model",
        "gpt-4o-mini",
        "--cache",
        dir.resolve("cache.db").toString(),
        "--db",
        dir.resolve("out.db").toString()
      };
      List<String> export = new java.util.ArrayList<>(
          List.of("extract", "batch", "--export-batch", input.toString()));
      export.addAll(List.of(common));
      export.add(cards().toString());
      assertThat(run(export.toArray(String[]::new))).as(err.toString()).isZero();
      List<String> lines = Files.readAllLines(input);
      assertThat(lines).hasSize(2);
      // The provider's fleet answers each line; output order differs from input order, joined on
      // custom_id.
      StringBuilder output = new StringBuilder();
      for (int i = lines.size() - 1; i >= 0; i--) {
        JsonNode line = Output.JSON.readTree(lines.get(i));
        assertThat(line.get("url").asText()).isEqualTo("/v1/chat/completions");
        var result = Output.JSON.createObjectNode();
        result.put("id", "batch_req_" + i);
        result.put("custom_id", line.get("custom_id").asText());
        result
            .putObject("response")
            .put("status_code", 200)
            .set("body", FakeOpenAi.completion(line.get("body")));
        result.putNull("error");
        output.append(result).append('\n');
      }
      Path results = dir.resolve("batch-output.jsonl");
      Files.writeString(results, output);
      assertThat(fake.calls.get()).isZero();
      List<String> run = new java.util.ArrayList<>(
          List.of("extract", "batch", "--import-batch", results.toString()));
      run.addAll(List.of(common));
      run.add(cards().toString());
      assertThat(run(run.toArray(String[]::new))).as(err.toString()).isZero();
      assertThat(err.toString())
          .contains("imported 2 answer(s)")
          .contains("0 provider call(s), 2 cached answer(s)");
      assertThat(fake.calls.get()).isZero();
    }
  }
}

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
    return Path.of(Objects.requireNonNull(ExtractCommandsTest.class.getResource("/extract/README.md")).toURI());
  }

  @Test
  void card_providerNone_json_oneObjectWithAKeyPerField() throws Exception {
    assertThat(run("extract", "card", card().toString(), "--provider", "none", "--json", "--id", "example-org/demo"))
        .as(err.toString()).isZero();
    List<JsonNode> lines = JsonLines.parse(out);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).get("model").asText()).isEqualTo("example-org/demo");
    JsonNode o = lines.get(0).get("extracted");
    for (String key : List.of("license", "datasets", "baseModel", "parameterCount", "hardware", "carbonEmitted",
        "hyperParameters", "evaluation", "limitationAndBias", "demo", "grant", "inputFormat", "outputFormat",
        "language", "githubRepo", "paper", "domain", "task", "frameworks", "libraries")) {
      assertThat(o.has(key)).as(key).isTrue();
    }
    assertThat(o.get("license").get("value").asText()).isEqualTo("apache-2.0");
    assertThat(o.get("license").get("provenance").asText()).isEqualTo("CARD_YAML");
    assertThat(o.get("license").get("evidence").get("quote").asText()).isEqualTo("license: apache-2.0");
    assertThat(o.get("parameterCount").get("value").asLong()).isEqualTo(66_000_000L);
    assertThat(o.get("parameterCount").get("provenance").asText()).isEqualTo("CARD_TEXT");
    assertThat(o.get("carbonEmitted").get("value").asDouble()).isEqualTo(120.0);
    assertThat(o.get("hardware").get(0).get("value").get("name").asText()).isEqualTo("1 x NVIDIA T4");
    assertThat(o.get("hardware").get(0).get("value").get("hoursUsed").asDouble()).isEqualTo(2.0);
    assertThat(o.get("githubRepo").get(0).get("value").asText()).isEqualTo("example-org/sentiment-demo");
    assertThat(o.get("domain").get(0).get("value").asText()).isEqualTo("natural-language-processing");
    assertThat(o.get("frameworks").get(0).get("value").asText()).isEqualTo("pytorch");
    assertThat(o.get("grant").isArray()).isTrue();
    assertThat(o.get("grant")).isEmpty();
    assertThat(o.get("license").get("evidence").get("source").asText()).isEqualTo("README.md");
    assertThat(lines.get(0).get("openFields").toString()).contains("limitationAndBias").doesNotContain("\"license\"");
  }

  @Test
  void card_text_namesValuesAndTheirSources() throws Exception {
    assertThat(run("extract", "card", card().toString())).isZero();
    assertThat(out.toString()).contains("license:", "apache-2.0", "[CARD_YAML: \"license: apache-2.0\"]")
        .contains("open (for an LLM):");
  }

  @Test
  void card_missingFile_isAUsageError(@TempDir Path dir) {
    assertThat(run("extract", "card", dir.resolve("nope.md").toString(), "--json")).isEqualTo(2);
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
}

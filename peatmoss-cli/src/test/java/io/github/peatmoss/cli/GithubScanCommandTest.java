package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.dataset.PeatmossDataset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code peatmoss github scan DIR}: offline, on a checkout in the test resources. */
class GithubScanCommandTest {
  private static final String CHECKOUT = "src/test/resources/fixtures/reuse-checkout";
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void scan_json_printsOneLinePerUseWithFileRelativeToDir() throws Exception {
    assertThat(run("github", "scan", CHECKOUT, "--json")).isZero();

    List<JsonNode> lines = JsonLines.parse(out);
    assertThat(lines)
        .extracting(n -> n.get("file").asText() + ":" + n.get("line").asInt() + " "
            + n.get("model").asText() + " " + n.get("signature").asText())
        .containsExactly(
            "notebooks/demo.ipynb:2 pytorch/vision:v0.10.0/resnet18 torch.hub.load",
            "src/embed.py:3 sentence-transformers/all-MiniLM-L6-v2 sentence_transformers.SentenceTransformer",
            "src/train.py:10 acme-ai/tiny-bert transformers.from_pretrained",
            "src/train.py:11 acme-ai/tiny-bert transformers.from_pretrained",
            "web/app.ts:3 Xenova/distilbert-base-uncased-finetuned-sst-2-english transformers.js.pipeline");
    JsonNode model = lines.get(3);
    assertThat(model.get("kind").asText()).isEqualTo("USE");
    assertThat(model.get("call").asText())
        .isEqualTo("transformers.AutoModelForSequenceClassification.from_pretrained");
    assertThat(model.get("column").asInt()).isEqualTo(13);
    assertThat(model.get("verified").asBoolean()).isFalse();
    assertThat(lines.get(0).get("cell").asInt()).isEqualTo(1);
    assertThat(err.toString())
        .contains("scanning 4 source files") // node_modules is skipped
        .contains("5 uses");
  }

  @Test
  void scan_rejected_alsoPrintsRejectedCandidatesWithReasons() throws Exception {
    assertThat(run("github", "scan", CHECKOUT, "--json", "--rejected")).isZero();

    List<JsonNode> rejected = JsonLines.parse(out).stream()
        .filter(n -> n.get("kind").asText().equals("REJECTED"))
        .collect(Collectors.toList());
    assertThat(rejected)
        .extracting(n -> n.get("file").asText() + ":" + n.get("line").asInt() + " "
            + n.get("reason").asText())
        .containsExactly("src/train.py:15 IN_COMMENT", "src/train.py:16 LOCAL_PATH");
  }

  @Test
  void scan_withDb_checksCandidatesAgainstTheDatabase(@TempDir Path dir) throws Exception {
    Path db = PeatmossDataset.copySample(dir.resolve("sample.db"));

    assertThat(run("github", "scan", CHECKOUT, "--json", "--db", db.toString())).isZero();

    List<JsonNode> lines = JsonLines.parse(out);
    assertThat(lines)
        .isNotEmpty()
        .allSatisfy(n -> assertThat(n.get("verified").asBoolean()).isTrue());
    assertThat(lines).extracting(n -> n.get("model").asText()).contains("acme-ai/tiny-bert");
    assertThat(err.toString()).contains("checking candidates against");
  }

  @Test
  void scan_text_printsATable() {
    assertThat(run("github", "scan", CHECKOUT)).isZero();
    assertThat(out.toString())
        .contains("FILE:LINE:COLUMN")
        .contains("notebooks/demo.ipynb[cell 1]:2:9")
        .contains("(unverified)");
  }

  @Test
  void scan_missingDirectory_failsWithExit1() {
    assertThat(run("github", "scan", "no/such/dir")).isEqualTo(Main.FAILURE);
    assertThat(err.toString()).contains("is not a directory");
  }
}

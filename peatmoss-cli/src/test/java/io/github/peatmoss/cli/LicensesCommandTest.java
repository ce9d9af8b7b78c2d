package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LicensesCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final InputStream originalStdin = StdinLines.stdin;

  @org.junit.jupiter.api.BeforeEach
  void noStdinByDefault() {
    stdin("");
  }

  @AfterEach
  void restoreStdin() {
    StdinLines.stdin = originalStdin;
  }

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private void stdin(String text) {
    StdinLines.stdin = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void parse_json_oneLinePerInputWithCanonicalOrPositionedError() throws Exception {
    assertThat(run("licenses", "parse", "--json", "mit or apache-2.0", "MIT AND"))
        .isEqualTo(1);
    List<JsonNode> lines = JsonLines.parse(out);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).toString())
        .isEqualTo(
            "{\"input\":\"mit or apache-2.0\",\"valid\":true,\"canonical\":\"MIT OR Apache-2.0\",\"error\":null}");
    assertThat(lines.get(1).get("valid").asBoolean()).isFalse();
    assertThat(lines.get(1).get("canonical").isNull()).isTrue();
    assertThat(lines.get(1).get("error").asText()).contains("at position 7");
  }

  @Test
  void parse_stdin_readsOneExpressionPerLine_andLenientRepairs() throws Exception {
    stdin("MIT And ISC\nGPL-2.0 +\n");
    assertThat(run("licenses", "parse", "--lenient", "--json", "-")).isZero();
    assertThat(JsonLines.parse(out))
        .extracting(n -> n.get("canonical").asText())
        .containsExactly("MIT AND ISC", "GPL-2.0+");
  }

  @Test
  void parse_text_printsCanonicalOrInvalid() {
    assertThat(run("licenses", "parse", "gpl-2.0-only WITH classpath-exception-2.0", "(MIT"))
        .isEqualTo(1);
    assertThat(out.toString())
        .contains("GPL-2.0-only WITH Classpath-exception-2.0")
        .contains("invalid: invalid SPDX license expression at position 4");
  }

  @Test
  void normalize_json_givesSpdxAndCategory() throws Exception {
    stdin("creativeml-openrail-m\nGPLv3+\n\nsee LICENSE\n");
    assertThat(run("licenses", "normalize", "--json", "apache-2.0", "-")).isZero();
    List<JsonNode> lines = JsonLines.parse(out);
    assertThat(lines)
        .extracting(n -> n.get("spdx").asText())
        .containsExactly(
            "Apache-2.0",
            "LicenseRef-scancode-stable-diffusion-2022-08-22",
            "GPL-3.0-or-later",
            "NONE",
            "LicenseRef-unmapped-see-license");
    assertThat(lines)
        .extracting(n -> n.get("category").asText())
        .containsExactly(
            "PERMISSIVE", "USE_RESTRICTED", "STRONG_COPYLEFT", "NO_LICENSE", "UNKNOWN");
    assertThat(lines.get(0).fieldNames()).toIterable().startsWith("input", "spdx", "category");
    assertThat(lines.get(4).get("reason").asText()).contains("rather than guessed");
  }

  @Test
  void check_json_tabSeparatedLines() throws Exception {
    stdin("bigscience-bloom-rail-1.0\tapache-2.0\nApache-2.0\tGPL-2.0-only\ngpl-3.0\t\n");
    assertThat(run("licenses", "check", "--json", "-")).isZero();
    List<JsonNode> lines = JsonLines.parse(out);
    assertThat(lines)
        .extracting(n -> n.get("verdict").asText())
        .containsExactly("CONDITIONAL", "INCOMPATIBLE", "INCOMPATIBLE");
    JsonNode first = lines.get(0);
    assertThat(first.get("inbound").asText()).isEqualTo("LicenseRef-scancode-bigscience-rail-1.0");
    assertThat(first.get("outbound").asText()).isEqualTo("Apache-2.0");
    assertThat(first.get("reasons").get(0).asText()).contains("use-based restrictions");
    assertThat(first.get("obligations").toString()).contains("PASS_DOWN_USE_RESTRICTIONS");
    assertThat(lines.get(2).get("outbound").asText()).isEqualTo("NONE");
  }

  @Test
  void check_tabLines_keepTheirJsonShape_forExistingCallers() throws Exception {
    stdin("MIT\tApache-2.0\nllama2\tMIT\n");
    assertThat(run("licenses", "check", "--json", "-")).isZero();
    for (JsonNode line : JsonLines.parse(out)) {
      assertThat(line.fieldNames())
          .toIterable()
          .containsExactly(
              "input", "inbound", "outbound", "verdict", "reasons", "obligations", "error");
      assertThat(line.get("inbound").isTextual()).isTrue();
      assertThat(line.get("outbound").isTextual()).isTrue();
      assertThat(line.get("verdict").isTextual()).isTrue();
      assertThat(line.get("reasons").isArray()).isTrue();
      assertThat(line.get("obligations").isArray()).isTrue();
      assertThat(line.get("error").isNull()).isTrue();
    }
  }

  @Test
  void check_useRuntime_givesTheRunTimeVerdict() throws Exception {
    assertThat(run(
            "licenses", "check", "--json", "--use", "runtime", "gpl-3.0\tMIT", "cc-by-nc-4.0\tMIT"))
        .isZero();
    assertThat(JsonLines.parse(out))
        .extracting(n -> n.get("verdict").asText())
        .containsExactly("COMPATIBLE", "CONDITIONAL");
    out.getBuffer().setLength(0);
    assertThat(run("licenses", "check", "--json", "--use", "REDISTRIBUTE", "gpl-3.0\tMIT"))
        .isZero();
    assertThat(JsonLines.parse(out))
        .extracting(n -> n.get("verdict").asText())
        .containsExactly("INCOMPATIBLE");
    assertThat(run("licenses", "check", "--use", "sometimes", "MIT\tISC")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("RUNTIME").contains("REDISTRIBUTE");
  }

  @Test
  void suggest_json_candidatesBestFirstWithObligations() throws Exception {
    assertThat(run("licenses", "suggest", "--json", "apache-2.0", "bigscience-bloom-rail-1.0"))
        .isZero();
    List<JsonNode> lines = JsonLines.parse(out);
    assertThat(lines).hasSize(1);
    JsonNode s = lines.get(0);
    assertThat(s.get("inbound").asText())
        .isEqualTo("Apache-2.0 AND LicenseRef-scancode-bigscience-rail-1.0");
    assertThat(s.get("use").asText()).isEqualTo("REDISTRIBUTE");
    assertThat(s.get("suggestions").get(0).get("outbound").asText())
        .isEqualTo("LicenseRef-scancode-bigscience-rail-1.0");
    assertThat(s.get("suggestions").get(0).get("verdict").asText()).isEqualTo("COMPATIBLE");
    assertThat(s.get("suggestions").toString())
        .contains("\"outbound\":\"MIT\"")
        .contains("PASS_DOWN_USE_RESTRICTIONS")
        .doesNotContain("\"outbound\":\"GPL-3.0-only\"");
    assertThat(s.get("conflict").isNull()).isTrue();
  }

  @Test
  void suggest_conflict_namesThePairAndExitsOne() {
    assertThat(run("licenses", "suggest", "GPL-2.0-only", "Apache-2.0")).isEqualTo(1);
    assertThat(out.toString()).contains("none: GPL-2.0-only and Apache-2.0 exclude each other");
  }

  @Test
  void normalize_json_givesTheScanCodeCategoryToo() throws Exception {
    assertThat(run("licenses", "normalize", "--json", "lgpl-2.1", "llama2")).isZero();
    assertThat(JsonLines.parse(out))
        .extracting(n -> n.get("scanCodeCategory").asText())
        .containsExactly("COPYLEFT_LIMITED", "PROPRIETARY_FREE");
  }

  @Test
  void check_argumentPairs_textOutput() {
    assertThat(run("licenses", "check", "cc-by-nc-4.0", "MIT", "MIT", "Apache-2.0"))
        .isZero();
    assertThat(out.toString())
        .contains("INCOMPATIBLE  CC-BY-NC-4.0 -> MIT")
        .contains("COMPATIBLE  MIT -> Apache-2.0")
        .contains("forbids commercial use");
  }

  @Test
  void check_oddNumberOfArguments_isUsageError() {
    assertThat(run("licenses", "check", "MIT", "ISC", "GPL-3.0-only")).isEqualTo(2);
    assertThat(err.toString()).contains("INBOUND OUTBOUND pairs");
  }

  @Test
  void check_oneArgumentWithoutTab_isUsageError_notAVerdictAgainstNoLicense() {
    assertThat(run("licenses", "check", "mit")).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("INBOUND OUTBOUND pairs (got 1 argument)");
  }

  @Test
  void check_stdin_blankAndTabOnlyLines_giveAnErrorResultNamingTheLine_soResultsLineUpWithInputs()
      throws Exception {
    stdin("MIT\tApache-2.0\n\t\n\nGPL-3.0-only\n   \nISC\tMIT\n");
    assertThat(run("licenses", "check", "--json", "-")).isEqualTo(1);
    List<JsonNode> lines = JsonLines.parse(out);
    assertThat(lines).hasSize(6);
    assertThat(lines)
        .extracting(n ->
            n.get("error").isNull() ? n.get("verdict").asText() : n.get("error").asText())
        .containsExactly(
            "COMPATIBLE",
            "line 2 is blank: give INBOUND<TAB>OUTBOUND",
            "line 3 is blank: give INBOUND<TAB>OUTBOUND",
            "line 4 has no TAB: give INBOUND<TAB>OUTBOUND (OUTBOUND may be empty for no license)",
            "line 5 is blank: give INBOUND<TAB>OUTBOUND",
            "COMPATIBLE");
    assertThat(lines.get(1).get("input").asText()).isEqualTo("\t");
    assertThat(lines.get(1).get("verdict").isNull()).isTrue();
  }

  @Test
  void check_stdin_100000Lines_withBlankAndTabOnlyLines_gives100000ResultsInOrder()
      throws Exception {
    StringBuilder input = new StringBuilder();
    String[] kinds = {
      "MIT\tApache-2.0", "\t", "", "Apache-2.0\tGPL-2.0-only", "\t\t", "cc-by-nc-4.0\t"
    };
    for (int i = 0; i < 100_000; i++) {
      input.append(kinds[i % kinds.length]).append('\n');
    }
    stdin(input.toString());
    assertThat(run("licenses", "check", "--json", "-")).isEqualTo(1);
    List<JsonNode> lines = JsonLines.parse(out);
    assertThat(lines).hasSize(100_000);
    for (int i : new int[] {0, 1, 2, 3, 4, 5, 99_999}) {
      JsonNode line = lines.get(i);
      assertThat(line.get("input").asText())
          .as("line %d", i + 1)
          .isEqualTo(kinds[i % kinds.length]);
      if (i % 3 == 0 || i % 6 == 5) {
        assertThat(line.get("error").isNull()).as("line %d", i + 1).isTrue();
      } else {
        assertThat(line.get("error").asText()).startsWith("line " + (i + 1) + " ");
      }
    }
  }

  @Test
  void parse_stdin_blankLine_isAnErrorResultNamingTheLine() throws Exception {
    stdin("MIT\n\t\nISC\n");
    assertThat(run("licenses", "parse", "--json", "-")).isEqualTo(1);
    assertThat(JsonLines.parse(out))
        .extracting(n -> n.get("error").asText(null))
        .containsExactly(null, "line 2 is blank: give an SPDX expression", null);
  }

  @Test
  void check_withMatrix_overrides(@TempDir Path tmp) throws Exception {
    Path matrix = tmp.resolve("matrix.json");
    Files.writeString(matrix, "{\"MIT\": {\"GPL-3.0-only\": \"Yes\"}}");
    assertThat(run(
            "licenses", "check", "--json", "--matrix", matrix.toString(), "GPL-3.0-only", "MIT"))
        .isZero();
    assertThat(JsonLines.parse(out).get(0).get("verdict").asText()).isEqualTo("COMPATIBLE");
  }

  @Test
  void check_missingMatrix_failsWithOneLine(@TempDir Path tmp) {
    assertThat(
            run("licenses", "check", "--matrix", tmp.resolve("nope.json").toString(), "MIT", "ISC"))
        .isEqualTo(1);
    assertThat(err.toString().strip())
        .startsWith("peatmoss: compatibility matrix")
        .contains("does not exist")
        .doesNotContain("\n");
  }

  @Test
  void noInputs_isUsageError_andEmptyStdinIsNoInput() {
    stdin("");
    assertThat(run("licenses", "normalize", "-")).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(run("licenses", "parse")).isEqualTo(2);
  }

  @Test
  void audit_sample_json_isOneSummaryObject() throws Exception {
    assertThat(run("licenses", "audit", "--json")).isZero();
    List<JsonNode> lines = JsonLines.parse(out);
    assertThat(lines).hasSize(1);
    JsonNode summary = lines.get(0);
    assertThat(summary.get("db").asText()).isEqualTo("sample");
    assertThat(summary.get("byCategoryPair").get(0).get("inbound").asText())
        .as("categories as in normalize")
        .matches("[A-Z_]+");
    long links = summary.get("links").asLong();
    assertThat(links).isPositive();
    long sum = 0;
    for (String verdict : List.of("COMPATIBLE", "CONDITIONAL", "UNKNOWN", "INCOMPATIBLE")) {
      sum += summary.get("byVerdict").get(verdict).asLong();
    }
    assertThat(sum).isEqualTo(links);
    assertThat(summary.get("byVerdict").get("INCOMPATIBLE").asLong()).isPositive();
    assertThat(summary.get("byLicensePair").get(0).fieldNames())
        .toIterable()
        .containsExactly("inbound", "outbound", "links", "byVerdict");
    assertThat(summary.get("byCategoryPair").size()).isPositive();
  }

  @Test
  void audit_links_printsOneLinePerLinkThenTheSummary(@TempDir Path tmp) throws Exception {
    Path db = io.github.peatmoss.dataset.PeatmossDataset.copySample(tmp.resolve("sample.db"));
    assertThat(run("licenses", "audit", "--db", db.toString(), "--links", "--json"))
        .isZero();
    List<JsonNode> lines = JsonLines.parse(out);
    JsonNode summary = lines.get(lines.size() - 1);
    assertThat(lines).hasSize((int) summary.get("links").asLong() + 1);
    assertThat(lines.get(0).fieldNames())
        .toIterable()
        .containsExactly(
            "model", "repository", "inbound", "outbound", "verdict", "reasons", "obligations");
    assertThat(lines)
        .filteredOn(l -> l.path("verdict").asText().equals("CONDITIONAL"))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l.get("obligations").size())
            .as("as licenses check gives them")
            .isPositive());
    assertThat(summary.get("db").asText()).isEqualTo(db.toString());
  }

  @Test
  void audit_text_showsVerdictsAndPairs() {
    assertThat(run("licenses", "audit", "--top", "3")).isZero();
    assertThat(out.toString())
        .contains("License audit of sample:")
        .contains("INCOMPATIBLE")
        .contains("By category pair")
        .contains("By license pair (model -> repository), top 3 of");
  }

  @Test
  void audit_missingDatabase_failsWithOneLine(@TempDir Path tmp) {
    assertThat(run("licenses", "audit", "--db", tmp.resolve("missing.db").toString()))
        .isEqualTo(1);
    assertThat(err.toString().strip()).startsWith("peatmoss: ").doesNotContain("\n");
  }
}

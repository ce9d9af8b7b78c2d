package io.github.peatmoss.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the detector on the labelled corpus, per signature and overall. The table in
 * {@code README.md} (between the corpus-table markers) is checked against what this test computes; run with
 * {@code -Dpeatmoss.updateReadme=true} to rewrite it.
 */
class CorpusTest {
  private static final String START = "<!-- corpus-table:start -->";
  private static final String END = "<!-- corpus-table:end -->";
  private static List<ReuseCorpus.Case> cases;
  private static Map<String, int[]> counts; // signature -> {tp, fp, fn}
  private static List<String> mistakes;

  @BeforeAll
  static void run() {
    cases = ReuseCorpus.load();
    ReuseDetector detector = ReuseDetector.builder()
        .knownModels(KnownModels.of(ReuseCorpus.knownModels()))
        .build();
    counts = new TreeMap<>();
    mistakes = new ArrayList<>();
    for (ReuseCorpus.Case c : cases) {
      ScanResult result = detector.scan(c.file(), c.code());
      List<ReuseCorpus.Expected> missing = new ArrayList<>(c.expected());
      for (ModelUse use : result.uses()) {
        ReuseCorpus.Expected found =
            new ReuseCorpus.Expected(use.signature(), use.model().value(), use.line());
        int[] n = counts.computeIfAbsent(use.signature(), k -> new int[3]);
        if (missing.remove(found)) {
          n[0]++;
        } else {
          n[1]++;
          mistakes.add(c.source() + " '" + c.name() + "': unexpected " + found);
        }
      }
      for (ReuseCorpus.Expected e : missing) {
        counts.computeIfAbsent(e.signature(), k -> new int[3])[2]++;
        mistakes.add(
            c.source() + " '" + c.name() + "': missed " + e + "; rejected: " + result.rejected());
      }
      for (ReuseCorpus.ExpectedReject r : c.rejects()) {
        boolean reported = result.rejected().stream()
            .anyMatch(x -> x.reason() == r.reason() && x.line() == r.line());
        if (!reported) {
          mistakes.add(c.source() + " '" + c.name() + "': no rejected candidate " + r + "; got "
              + result.rejected());
        }
      }
    }
  }

  @Test
  void corpus_isLargeAndCoversManySignatures() {
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    assertThat(cases.stream().filter(c -> c.name().startsWith("NEG")).count())
        .isGreaterThanOrEqualTo(50);
    assertThat(cases.stream()
            .flatMap(c -> c.expected().stream())
            .map(ReuseCorpus.Expected::signature)
            .distinct())
        .hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void precisionAndRecall_overall_areAtLeast97Percent() {
    int tp = counts.values().stream().mapToInt(n -> n[0]).sum();
    int fp = counts.values().stream().mapToInt(n -> n[1]).sum();
    int fn = counts.values().stream().mapToInt(n -> n[2]).sum();
    assertThat(ratio(tp, tp + fp))
        .as("precision; mistakes:%n%s", String.join("\n", mistakes))
        .isGreaterThanOrEqualTo(0.97);
    assertThat(ratio(tp, tp + fn))
        .as("recall; mistakes:%n%s", String.join("\n", mistakes))
        .isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void everyLabelledRejection_isReportedWithItsReason() {
    assertThat(mistakes.stream().filter(m -> m.contains("no rejected candidate")))
        .isEmpty();
  }

  @Test
  void readmeTable_isTheOneThisCorpusGives() throws IOException {
    checkReadmeSection(START, END, table());
  }

  @Test
  void readmeSignatureTable_listsEverySignatureWithItsExample() throws IOException {
    StringBuilder out =
        new StringBuilder("| signature | language | example | model id |\n|---|---|---|---|\n");
    for (Signature s : ReuseDetector.signatures()) {
      out.append("| `")
          .append(s.id())
          .append("` | ")
          .append(s.language().name().toLowerCase(Locale.ROOT))
          .append(" | `")
          .append(s.example().replace("|", "\\|"))
          .append("` | `")
          .append(s.exampleModel())
          .append("` |\n");
    }
    checkReadmeSection(
        "<!-- signature-table:start -->", "<!-- signature-table:end -->", out.toString());
  }

  @Test
  void everySignatureExample_isFoundByTheDetector() {
    for (Signature s : ReuseDetector.signatures()) {
      String code = imports(s) + s.example() + "\n";
      String file = s.language() == SourceLanguage.JAVASCRIPT ? "a.js" : "a.py";
      assertThat(ReuseDetector.create().scan(file, code).uses())
          .as(code)
          .anySatisfy(u -> assertThat(u.signature() + " " + u.model())
              .isEqualTo(s.id() + " " + s.exampleModel()));
    }
  }

  private static String imports(Signature s) {
    if (s.language() == SourceLanguage.JAVASCRIPT) {
      return "import { pipeline, AutoModel } from '@xenova/transformers';\n";
    }
    String root = s.id().substring(0, s.id().indexOf('.'));
    String name = s.example().substring(0, s.example().indexOf('(')).replaceAll("\\..*", "");
    if (s.example().startsWith(root + ".") || name.equals("en_core_web_sm")) {
      return "import " + (root.equals("torch") ? "torch" : name) + "\n";
    }
    return "from " + root + " import " + name + "\n";
  }

  private static void checkReadmeSection(String startMarker, String endMarker, String table)
      throws IOException {
    Path readme = Path.of("README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int start = text.indexOf(startMarker);
    int end = text.indexOf(endMarker);
    assertThat(start).as("README.md has the %s marker", startMarker).isNotNegative();
    assertThat(end).isGreaterThan(start);
    String updated =
        text.substring(0, start + startMarker.length()) + "\n" + table + text.substring(end);
    if (Boolean.getBoolean("peatmoss.updateReadme") && !text.equals(updated)) {
      Files.writeString(readme, updated, StandardCharsets.UTF_8);
      text = updated;
    }
    assertThat(text)
        .as("README.md table is stale; rerun with -Dpeatmoss.updateReadme=true")
        .isEqualTo(updated);
  }

  /** Returns the markdown table: one row per signature, then the totals. */
  static String table() {
    StringBuilder out = new StringBuilder();
    long negatives = cases.stream().filter(c -> c.name().startsWith("NEG")).count();
    out.append(String.format(
        Locale.ROOT,
        "%d cases (%d tricky negatives), %d expected uses.%n%n",
        cases.size(),
        negatives,
        cases.stream().mapToInt(c -> c.expected().size()).sum()));
    out.append("| signature | expected | found | true pos. | precision | recall |\n");
    out.append("|---|---:|---:|---:|---:|---:|\n");
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] n = e.getValue();
      out.append(row("`" + e.getKey() + "`", n[0], n[1], n[2]));
      tp += n[0];
      fp += n[1];
      fn += n[2];
    }
    out.append(row("**overall**", tp, fp, fn));
    return out.toString();
  }

  private static String row(String name, int tp, int fp, int fn) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d | %d | %.3f | %.3f |%n",
        name,
        tp + fn,
        tp + fp,
        tp,
        ratio(tp, tp + fp),
        ratio(tp, tp + fn));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }

  static String mistakes() {
    return mistakes.stream().collect(Collectors.joining("\n"));
  }
}

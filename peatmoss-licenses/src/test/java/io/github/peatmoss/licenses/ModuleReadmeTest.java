package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The tables in the module README are generated from the code, so they cannot drift: this test fails when they
 * differ. Regenerate with {@code ./mvnw -B verify -pl peatmoss-licenses -am -Dpeatmoss.regenerateDocs=true}.
 */
class ModuleReadmeTest {
  private static final Path README = Paths.get("README.md");

  @Test
  void readme_generatedTables_matchTheCode() throws IOException {
    String text = Files.readString(README, StandardCharsets.UTF_8);
    String updated = replace(text, "hf-table", huggingFaceTable());
    updated = replace(updated, "knowledge-base", knowledgeBase());
    updated = replace(updated, "pairwise-facts", facts());
    updated = replace(updated, "sources", sources());
    updated = replace(updated, "deprecated-ids", deprecatedIds());
    if (Boolean.getBoolean("peatmoss.regenerateDocs")) {
      Files.writeString(README, updated, StandardCharsets.UTF_8);
      return;
    }
    assertThat(text)
        .as("peatmoss-licenses/README.md is out of date; rerun with -Dpeatmoss.regenerateDocs=true")
        .isEqualTo(updated);
  }

  @Test
  void readme_listsAll83HuggingFaceIds() throws IOException {
    String text = Files.readString(README, StandardCharsets.UTF_8);
    for (String id : HuggingFaceLicenses.all().keySet()) {
      assertThat(text).contains("| `" + id + "` |");
    }
  }

  private static String replace(String text, String name, String content) {
    String begin = "<!-- generated:" + name + " -->\n";
    String end = "<!-- end:" + name + " -->";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    assertThat(from).as("marker " + begin.trim() + " in README.md").isNotNegative();
    assertThat(to).as("marker " + end + " in README.md").isGreaterThan(from);
    return text.substring(0, from + begin.length()) + content + text.substring(to);
  }

  private static String huggingFaceTable() {
    LicenseNormalizer normalizer = LicenseNormalizer.standard();
    StringBuilder sb = new StringBuilder(
        "| Hub id | name on the Hub | SPDX | category | note |\n|---|---|---|---|---|\n");
    for (HuggingFaceLicenses.Mapping m : HuggingFaceLicenses.all().values()) {
      NormalizedLicense n = normalizer.normalize(m.id());
      sb.append("| `")
          .append(m.id())
          .append("` | ")
          .append(m.name().replace("|", "\\|"))
          .append(" | `")
          .append(n.spdx())
          .append("` | ")
          .append(n.category().label())
          .append(" | ")
          .append(m.reason().replace("|", "\\|"))
          .append(" |\n");
    }
    return sb.append("\n")
        .append(HuggingFaceLicenses.all().size())
        .append(" ids.\n")
        .toString();
  }

  private static String knowledgeBase() {
    StringBuilder sb = new StringBuilder(
        "| license | category | ScanCode category | obligations | source | note |\n"
            + "|---|---|---|---|---|---|\n");
    for (KnowledgeBase.Entry e : KnowledgeBase.DEFAULT.entries()) {
      sb.append("| `")
          .append(e.key())
          .append("` | ")
          .append(e.category().label())
          .append(" | ")
          .append(e.scanCode().label())
          .append(" | ")
          .append(e.obligations().stream()
              .map(o -> o.name().toLowerCase(java.util.Locale.ROOT))
              .collect(Collectors.joining(", ")))
          .append(" | ")
          .append(e.source())
          .append(" | ")
          .append(e.note())
          .append(" |\n");
    }
    return sb.toString();
  }

  private static String sources() {
    StringBuilder sb = new StringBuilder("| key | source |\n|---|---|\n");
    for (KnowledgeBase.Source s : KnowledgeBase.DEFAULT.sources().values()) {
      sb.append("| `")
          .append(s.key())
          .append("` | [")
          .append(s.title())
          .append("](")
          .append(s.url())
          .append(") |\n");
    }
    return sb.toString();
  }

  private static String facts() {
    StringBuilder sb = new StringBuilder(
        "| inbound (reused) | outbound (project) | verdict | source: clause | OSADL |\n"
            + "|---|---|---|---|---|\n");
    for (KnowledgeBase.Fact f : KnowledgeBase.DEFAULT.facts()) {
      sb.append("| `")
          .append(f.inbound())
          .append("` | `")
          .append(f.outbound())
          .append("` | ")
          .append(f.verdict())
          .append(" | ")
          .append(f.source())
          .append(": ")
          .append(f.clause().replace("|", "\\|"))
          .append(" | ")
          .append(f.osadl().orElse(""))
          .append(f.departsFromOsadl().map(d -> " (departs: " + d + ")").orElse(""))
          .append(" |\n");
    }
    return sb.append("\n")
        .append(KnowledgeBase.DEFAULT.facts().size())
        .append(" facts.\n")
        .toString();
  }

  private static String deprecatedIds() {
    StringBuilder sb = new StringBuilder("| deprecated SPDX id | replaced by |\n|---|---|\n");
    for (Map.Entry<String, String> e :
        KnowledgeBase.DEFAULT.deprecatedReplacements().entrySet()) {
      sb.append("| `").append(e.getKey()).append("` | `").append(e.getValue()).append("` |\n");
    }
    return sb.toString();
  }
}

package io.github.peatmoss.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.dataset.SchemaVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {
  private static String print(Report report) {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      TextReport.write(report, out);
    }
    return text.toString();
  }

  @Test
  void tables_haveThousandsSeparators_percentages_andRightAlignedNumbers() {
    Report report = Report.builder()
        .database("big.db")
        .schema(SchemaVersion.R2)
        .addSection(HubsSection.builder()
            .models(281_638)
            .addByHub(Count.of("HuggingFace", 281_276, 281_638), Count.of("PyTorch", 362, 281_638))
            .build())
        .build();
    List<String> lines = print(report).lines().toList();
    assertThat(lines.get(0)).isEqualTo("PeaTMOSS report on big.db (schema R2)");
    assertThat(lines).contains("== PTMs per hub ==");
    assertThat(lines).anySatisfy(l -> assertThat(l).matches(" +HuggingFace +281,276 +99\\.9%"));
    String hf =
        lines.stream().filter(l -> l.contains("HuggingFace")).findFirst().orElseThrow();
    String pt = lines.stream().filter(l -> l.contains("PyTorch")).findFirst().orElseThrow();
    assertThat(hf.indexOf("281,276") + "281,276".length())
        .isEqualTo(pt.indexOf("362") + "362".length());
    assertThat(lines).allSatisfy(l -> assertThat(l).doesNotEndWith(" "));
  }

  @Test
  void sections_areSeparatedByABlankLine() {
    Report report = Report.builder()
        .database("x.db")
        .schema(SchemaVersion.R2)
        .addSection(HubsSection.builder().models(0).build())
        .addSection(SkippedSection.builder()
            .section(Section.LINEAGE)
            .requires("R2")
            .skipped("why")
            .build())
        .build();
    assertThat(print(report).lines().toList())
        .containsExactly(
            "PeaTMOSS report on x.db (schema R2)",
            "",
            "== PTMs per hub ==",
            "   hub    PTMs  share",
            "   total     0   0.0%",
            "",
            "== Base-model lineage ==",
            "  skipped: why");
  }

  @Test
  void caveat_isTheFirstLine_andASkippedSectionSaysWhy() {
    Report report = Report.builder()
        .database("bundled sample")
        .schema(SchemaVersion.R1)
        .caveat("NOTE: synthetic")
        .addSection(SkippedSection.builder()
            .section(Section.LINEAGE)
            .requires("R2")
            .skipped("needs the R2 table model_to_base_model; this file is R1")
            .build())
        .build();
    List<String> lines = print(report).lines().toList();
    assertThat(lines.get(0)).isEqualTo("NOTE: synthetic");
    assertThat(lines)
        .contains(
            "== Base-model lineage ==",
            "  skipped: needs the R2 table model_to_base_model; this file is R1");
  }
}

package io.github.peatmoss.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs deeper than the analysers follow: alias and name chains, inline bodies, constant chains and nested
 * calls past the depth limits give a bounded answer (fast examples of what {@code ReuseDeepNestingPropertyTest}
 * checks at random depths up to 3000).
 */
class DeepInputTest {
  private static final ReuseDetector DETECTOR = ReuseDetector.create();

  @Test
  void aliasChains_deeperThanTheLimit_areNotFollowed() {
    List<String> lines =
        new ArrayList<>(List.of("from transformers import AutoModel", "A0 = AutoModel"));
    for (int i = 1; i <= 30; i++) {
      lines.add("A" + i + " = A" + (i - 1));
    }
    lines.add("x = A30.from_pretrained(\"acme/alias\")");
    lines.add("y = A20.from_pretrained(\"acme/near\")");
    assertThat(PythonAnalyzerTest.findings(String.join("\n", lines) + "\n"))
        .containsExactly(
            "U 33:5 ?.A30.from_pretrained transformers.from_pretrained acme/alias <acme/alias>",
            "U 34:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/near <acme/near>");
  }

  @Test
  void nameChains_deeperThanTheLimit_areUnresolved() {
    List<String> lines =
        new ArrayList<>(List.of("from transformers import AutoModel", "N0 = \"acme/name\""));
    for (int i = 1; i <= 30; i++) {
      lines.add("N" + i + " = N" + (i - 1));
    }
    lines.add("x = AutoModel.from_pretrained(N30)");
    lines.add("y = AutoModel.from_pretrained(N20)");
    ScanResult r = DETECTOR.scan("a.py", String.join("\n", lines) + "\n");
    assertThat(r.uses())
        .extracting(u -> u.line() + " " + u.model())
        .containsExactly("34 acme/name");
    assertThat(r.rejected()).singleElement().satisfies(c -> {
      assertThat(c.line()).isEqualTo(33);
      assertThat(c.reason()).isEqualTo(RejectReason.UNRESOLVED_VARIABLE);
      assertThat(c.detail())
          .startsWith("'N30' is 'N29' is 'N28' is")
          .endsWith(" is defined through too many names");
    });
  }

  @Test
  void inlineBodies_nestedPastTheLimit_areNotRead() {
    String code = "from transformers import AutoModel\n"
        + "if a: ".repeat(30) + "X = \"acme/deep\"\n"
        + "if a: ".repeat(10) + "Y = \"acme/shallow\"\n"
        + "x = AutoModel.from_pretrained(X)\n"
        + "y = AutoModel.from_pretrained(Y)\n";
    assertThat(PythonAnalyzerTest.findings(code))
        .containsExactly(
            "U 5:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/shallow <acme/shallow>",
            "R 4:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <X> |"
                + " 'X' is not assigned in this file");
  }

  @Test
  void parenthesesAndLongConcatenations_areEvaluated() {
    String code = "from transformers import AutoModel\n"
        + "x = AutoModel.from_pretrained(" + "(".repeat(40) + "\"acme/parens\"" + ")".repeat(40)
        + ")\n"
        + "y = AutoModel.from_pretrained(\"acme/\" + "
        + String.join(" + ", java.util.Collections.nCopies(30, "\"x\""))
        + ")\n";
    assertThat(DETECTOR.scan("a.py", code).uses())
        .extracting(u -> u.model().value())
        .containsExactly("acme/parens", "acme/" + "x".repeat(30));
  }

  @Test
  void deeplyNestedCalls_reportTheInnermostUse() {
    String code = "from transformers import AutoModel\nx = "
        + "AutoModel.from_pretrained(".repeat(300) + "'gpt2'\n";
    ScanResult r = DETECTOR.scan("a.py", code);
    assertThat(r.uses())
        .extracting(u -> u.column() + " " + u.model())
        .containsExactly("7779 openai-community/gpt2");
    assertThat(r.rejected())
        .hasSize(299)
        .allSatisfy(c -> assertThat(c.text()).hasSizeLessThanOrEqualTo(200));
  }

  @Test
  void javaScriptConstantChains_areFollowedThrough15Names() {
    StringBuilder code = new StringBuilder(
        "import { pipeline } from '@xenova/transformers';\nconst C0 = 'acme/js';\n");
    for (int i = 1; i <= 20; i++) {
      code.append("const C").append(i).append(" = C").append(i - 1).append(";\n");
    }
    code.append(
        "pipeline('t', C20);\npipeline('t', C15);\npipeline('t', C16);\npipeline('t', C17);\n");
    ScanResult r = DETECTOR.scan("a.ts", code.toString());
    assertThat(r.uses()).extracting(u -> u.line() + " " + u.model()).containsExactly("24 acme/js");
    assertThat(r.rejected())
        .extracting(c -> c.line() + " " + c.reason() + " " + c.detail())
        .containsExactly(
            "23 UNRESOLVED_VARIABLE 'C20' is not a constant in this file",
            "25 UNRESOLVED_VARIABLE 'C16' is not a constant in this file",
            "26 UNRESOLVED_VARIABLE 'C17' is not a constant in this file");
  }
}

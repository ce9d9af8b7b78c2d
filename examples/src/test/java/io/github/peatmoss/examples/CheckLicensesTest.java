package io.github.peatmoss.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CheckLicensesTest {

  @Test
  void main_onTheBundledSample_printsEachStepAndTheAudit() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      CheckLicenses.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .contains("MIT OR Apache-2.0 AND GPL-2.0+ WITH Classpath-exception-2.0")
        .contains(
            "creativeml-openrail-m -> LicenseRef-scancode-stable-diffusion-2022-08-22 (use-restricted)")
        .contains("GPL-2.0 -> GPL-2.0-only (strong copyleft)")
        .contains("see LICENSE -> LicenseRef-unmapped-see-license (unknown)")
        .contains("CONDITIONAL [ATTRIBUTION, PASS_DOWN_USE_RESTRICTIONS]")
        .containsPattern(
            "\\d+ links: \\{COMPATIBLE=\\d+, CONDITIONAL=\\d+, UNKNOWN=\\d+, INCOMPATIBLE=\\d+}");
  }

  @Test
  void readmeSnippet_linesAllExistInTheExample() throws Exception {
    ReadmeSnippets.assertQuotes("## Licenses (`peatmoss-licenses`)", "CheckLicenses");
  }
}

package io.github.peatmoss.cli;

import io.github.peatmoss.licenses.LicenseNormalizer;
import io.github.peatmoss.licenses.NormalizedLicense;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peatmoss licenses normalize}: maps real-world license strings to SPDX. */
@Command(
    name = "normalize",
    mixinStandardHelpOptions = true,
    description = {
      "Map license strings (Hugging Face ids, GitHub spdx_id, ScanCode keys, SPDX expressions, free"
          + " text) to SPDX with a category.",
      "Unmappable input becomes LicenseRef-unmapped-... with the reason;"
          + " an empty line is NONE (no license). Text output: input, SPDX, category, reason, tab-separated."
    })
final class LicensesNormalizeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Parameters(
      paramLabel = "LICENSE",
      arity = "1..*",
      description = "License strings; '-' reads one per line from standard input.")
  List<String> licenses;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    LicenseNormalizer normalizer = LicenseNormalizer.standard();
    for (StdinLines.Input line : StdinLines.of(licenses, out)) {
      String input = line.text();
      NormalizedLicense n = normalizer.normalize(input);
      if (json.json) {
        Output.jsonLine(
            out,
            new Line(
                input,
                n.spdx(),
                n.category().name(),
                n.scanCodeCategory().name(),
                n.reason().orElse(null)));
      } else {
        out.println(input + "\t" + n.spdx() + "\t" + n.category().label() + "\t"
            + n.reason().orElse(""));
      }
    }
    return Main.OK;
  }

  /** One JSON result; {@code scanCodeCategory} is the coarse category ScanCode-based tools report. */
  record Line(String input, String spdx, String category, String scanCodeCategory, String reason) {}
}

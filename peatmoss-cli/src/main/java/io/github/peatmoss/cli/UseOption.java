package io.github.peatmoss.cli;

import io.github.peatmoss.core.model.LicenseUse;
import picocli.CommandLine.Option;

/** The {@code --use runtime|redistribute} option of the license commands. */
final class UseOption {
  @Option(
      names = "--use",
      paramLabel = "USE",
      defaultValue = "redistribute",
      description =
          "How the project uses the reused models: redistribute (it ships the weights or a derivative,"
              + " as PeaTMOSS read every link; the default) or runtime (it downloads and runs them; copyleft, which binds"
              + " on distribution, then does not reach it, while use restrictions still do). Valid values: "
              + "${COMPLETION-CANDIDATES}.")
  LicenseUse use;
}

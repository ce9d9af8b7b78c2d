package io.github.peatmoss.cli;

import picocli.CommandLine.Command;

/** The {@code peatmoss licenses} command group; {@link CommandTree} lists its commands. */
@Command(
    name = "licenses",
    mixinStandardHelpOptions = true,
    description =
        "Parse SPDX expressions, normalise license strings, check compatibility, suggest a license,"
            + " audit a dataset.")
final class LicensesCommand {
  private LicensesCommand() {}
}

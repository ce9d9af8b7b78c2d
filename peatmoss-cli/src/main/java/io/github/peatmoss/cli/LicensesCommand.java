package io.github.peatmoss.cli;

import picocli.CommandLine.Command;

/** The {@code peatmoss licenses} command group. */
@Command(
    name = "licenses",
    mixinStandardHelpOptions = true,
    description =
        "Parse SPDX expressions, normalise license strings, check compatibility, suggest a license,"
            + " audit a dataset.",
    subcommands = {
      LicensesParseCommand.class,
      LicensesNormalizeCommand.class,
      LicensesCheckCommand.class,
      LicensesSuggestCommand.class,
      LicensesAuditCommand.class
    })
final class LicensesCommand {
  private LicensesCommand() {}
}

package io.github.peatmoss.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/** The {@code peatmoss licenses} command group. */
@Command(
    name = "licenses",
    mixinStandardHelpOptions = true,
    description = "Parse SPDX expressions, normalise license strings, check compatibility, audit a dataset.",
    subcommands = {LicensesParseCommand.class, LicensesNormalizeCommand.class, LicensesCheckCommand.class,
        LicensesAuditCommand.class})
final class LicensesCommand {
  /** Where {@code -} reads from; tests replace it. */
  static volatile InputStream stdin = System.in;

  private LicensesCommand() {}

  /** Returns the inputs: the arguments, with a lone {@code -} replaced by the lines of standard input. */
  static List<String> inputs(List<String> arguments) {
    if (arguments == null || arguments.isEmpty()) {
      throw new UsageException("give one or more inputs as arguments, or '-' to read them from standard input,"
          + " one per line");
    }
    List<String> inputs = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        inputs.addAll(readLines(stdin));
      } else {
        inputs.add(argument);
      }
    }
    return inputs;
  }

  private static List<String> readLines(InputStream in) {
    List<String> lines = new ArrayList<>();
    try {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
    }
    return lines;
  }
}

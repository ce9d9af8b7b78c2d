package io.github.peatmoss.cli;

import io.github.peatmoss.licenses.LicenseExpression;
import io.github.peatmoss.licenses.LicenseExpressionException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peatmoss licenses parse}: parses SPDX expressions and prints them canonically. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parse SPDX license expressions (SPDX 3.0.1) and print each canonically, or the error with its"
          + " position.",
      "Exit code 1 if any input is invalid (every input is still reported)."
    })
final class LicensesParseCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Option(
      names = "--lenient",
      description = "Accept common slips: mixed-case operators, a space before '+',"
          + " line breaks, 'licenseref-', '(MIT) WITH ...'.")
  boolean lenient;

  @Parameters(
      paramLabel = "EXPRESSION",
      arity = "1..*",
      description = "Expressions to parse; '-' reads one per line from standard input.")
  List<String> expressions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    boolean allValid = true;
    for (StdinLines.Input line : StdinLines.of(expressions, out)) {
      String input = line.text();
      String canonical = null;
      String error = null;
      if (line.isBlank()) {
        error = line.origin() + " is blank: give an SPDX expression";
        allValid = false;
      } else {
        try {
          canonical = (lenient
                  ? LicenseExpression.parseLenient(input)
                  : LicenseExpression.parse(input))
              .toString();
        } catch (LicenseExpressionException e) {
          error = e.getMessage();
          allValid = false;
        }
      }
      if (json.json) {
        Output.jsonLine(out, new Line(input, error == null, canonical, error));
      } else if (error == null) {
        out.println(canonical);
      } else {
        out.println("invalid: " + error);
      }
    }
    return allValid ? Main.OK : Main.FAILURE;
  }

  /** One JSON result. */
  record Line(String input, boolean valid, String canonical, String error) {}
}

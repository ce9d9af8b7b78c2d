package io.github.peatmoss.cli;

import io.github.peatmoss.licenses.CompatibilityMatrix;
import io.github.peatmoss.licenses.CompatibilityResult;
import io.github.peatmoss.licenses.LicenseCompatibility;
import io.github.peatmoss.licenses.Obligation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peatmoss licenses check}: compatibility of reused (inbound) and project (outbound) licenses. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check whether components under INBOUND (the reused models' licenses) may be reused in a project"
          + " under OUTBOUND (empty: no license).",
      "Inputs are 'INBOUND<TAB>OUTBOUND' (arguments or, with '-', lines"
          + " of standard input), or arguments taken in pairs: INBOUND OUTBOUND [INBOUND OUTBOUND ...].",
      "One result per input, in order; an input that is blank or has no TAB gives an error result naming it.",
      "Verdicts: COMPATIBLE, CONDITIONAL (with obligations), UNKNOWN, INCOMPATIBLE. Exit code 0, or 1 if any"
          + " input was an error."
    })
final class LicensesCheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  UseOption use;

  @Option(
      names = "--matrix",
      paramLabel = "FILE",
      description = "An OSADL compatibility matrix (matrixseqexpl.json"
          + " or matrix.json) that overrides the built-in knowledge for the pairs it covers.")
  Path matrix;

  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description =
          "'INBOUND<TAB>OUTBOUND', pairs of arguments, or '-' for lines of standard input.")
  List<String> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    boolean tabbed = inputs.stream().anyMatch(s -> s.equals("-") || s.indexOf('\t') >= 0);
    if (!tabbed && inputs.size() % 2 != 0) {
      throw new UsageException("give INBOUND OUTBOUND pairs (got " + inputs.size() + " argument"
          + (inputs.size() == 1 ? "" : "s")
          + "), 'INBOUND<TAB>OUTBOUND' per argument, or '-' to read such lines"
          + " from standard input");
    }
    LicenseCompatibility compatibility = compatibility(matrix);
    boolean allChecked = true;
    Iterator<StdinLines.Input> it = StdinLines.of(inputs, out).iterator();
    while (it.hasNext()) {
      StdinLines.Input input = it.next();
      if (!tabbed) {
        StdinLines.Input outbound = it.next();
        print(
            out,
            input.text() + "\t" + outbound.text(),
            compatibility.check(input.text(), outbound.text(), use.use));
        continue;
      }
      int tab = input.text().indexOf('\t');
      if (input.isBlank()) {
        allChecked = false;
        printError(out, input.text(), input.origin() + " is blank: give INBOUND<TAB>OUTBOUND");
      } else if (tab < 0) {
        allChecked = false;
        printError(
            out,
            input.text(),
            input.origin() + " has no TAB: give INBOUND<TAB>OUTBOUND (OUTBOUND may be"
                + " empty for no license)");
      } else {
        print(
            out,
            input.text(),
            compatibility.check(
                input.text().substring(0, tab), input.text().substring(tab + 1), use.use));
      }
    }
    return allChecked ? Main.OK : Main.FAILURE;
  }

  private void print(PrintWriter out, String input, CompatibilityResult r) {
    if (json.json) {
      Output.jsonLine(
          out,
          new Line(
              input,
              r.inbound(),
              r.outbound(),
              r.verdict().name(),
              r.reasons(),
              r.obligations().stream().map(Obligation::name).collect(Collectors.toList()),
              null));
    } else {
      out.println(r.verdict() + "  " + r.inbound() + " -> " + r.outbound());
      r.reasons().forEach(reason -> out.println("  - " + reason));
      r.obligations().forEach(o -> out.println("  obligation: " + o.description()));
    }
  }

  private void printError(PrintWriter out, String input, String error) {
    if (json.json) {
      Output.jsonLine(out, new Line(input, null, null, null, null, null, error));
    } else {
      out.println("ERROR  " + error);
    }
  }

  static LicenseCompatibility compatibility(Path matrix) {
    return matrix == null
        ? LicenseCompatibility.create()
        : LicenseCompatibility.builder()
            .matrix(CompatibilityMatrix.readOsadlJson(matrix))
            .build();
  }

  /** One JSON result: a verdict, or an error naming the input (the other fields then null). */
  record Line(
      String input,
      String inbound,
      String outbound,
      String verdict,
      List<String> reasons,
      List<String> obligations,
      String error) {}
}

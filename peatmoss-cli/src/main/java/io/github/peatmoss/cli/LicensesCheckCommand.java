package io.github.peatmoss.cli;

import io.github.peatmoss.licenses.CompatibilityMatrix;
import io.github.peatmoss.licenses.CompatibilityResult;
import io.github.peatmoss.licenses.LicenseCompatibility;
import io.github.peatmoss.licenses.Obligation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    description = {"Check whether components under INBOUND (the reused models' licenses) may be reused in a project"
        + " under OUTBOUND (empty: no license).", "Inputs are 'INBOUND<TAB>OUTBOUND' (arguments or, with '-', lines"
        + " of standard input), or arguments taken in pairs: INBOUND OUTBOUND [INBOUND OUTBOUND ...].",
        "Verdicts: COMPATIBLE, CONDITIONAL (with obligations), UNKNOWN, INCOMPATIBLE. Exit code 0."})
final class LicensesCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin JsonOption json;

  @Option(names = "--matrix", paramLabel = "FILE", description = "An OSADL compatibility matrix (matrixseqexpl.json"
      + " or matrix.json) that overrides the built-in knowledge for the pairs it covers.")
  Path matrix;

  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "'INBOUND<TAB>OUTBOUND', pairs of arguments, or '-' for lines of standard input.")
  List<String> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    LicenseCompatibility compatibility = compatibility(matrix);
    for (String[] pair : pairs(LicensesCommand.inputs(inputs))) {
      CompatibilityResult r = compatibility.check(pair[0], pair[1]);
      if (json.json) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("inbound", r.inbound());
        line.put("outbound", r.outbound());
        line.put("verdict", r.verdict().name());
        line.put("reasons", r.reasons());
        line.put("obligations", r.obligations().stream().map(Obligation::name).collect(Collectors.toList()));
        Output.jsonLine(out, line);
      } else {
        out.println(r.verdict() + "  " + r.inbound() + " -> " + r.outbound());
        r.reasons().forEach(reason -> out.println("  - " + reason));
        r.obligations().forEach(o -> out.println("  obligation: " + o.description()));
      }
    }
    return Main.OK;
  }

  static LicenseCompatibility compatibility(Path matrix) {
    return matrix == null ? LicenseCompatibility.create()
        : LicenseCompatibility.builder().matrix(CompatibilityMatrix.readOsadlJson(matrix)).build();
  }

  private static List<String[]> pairs(List<String> inputs) {
    List<String[]> pairs = new ArrayList<>();
    boolean tabbed = inputs.stream().anyMatch(s -> s.indexOf('\t') >= 0) || inputs.size() == 1;
    if (tabbed) {
      for (String input : inputs) {
        if (input.isBlank()) {
          continue;
        }
        int tab = input.indexOf('\t');
        pairs.add(tab < 0 ? new String[] {input, ""}
            : new String[] {input.substring(0, tab), input.substring(tab + 1)});
      }
      return pairs;
    }
    if (inputs.size() % 2 != 0) {
      throw new UsageException("give INBOUND OUTBOUND pairs (got " + inputs.size() + " arguments), or"
          + " 'INBOUND<TAB>OUTBOUND' per argument or line");
    }
    for (int i = 0; i < inputs.size(); i += 2) {
      pairs.add(new String[] {inputs.get(i), inputs.get(i + 1)});
    }
    return pairs;
  }
}

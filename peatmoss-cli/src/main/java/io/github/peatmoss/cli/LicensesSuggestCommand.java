package io.github.peatmoss.cli;

import io.github.peatmoss.licenses.CompatibilityResult;
import io.github.peatmoss.licenses.LicenseCompatibility;
import io.github.peatmoss.licenses.Obligation;
import io.github.peatmoss.licenses.OutboundSuggestions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peatmoss licenses suggest}: the licenses a project could take given everything it reuses. */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description = {
      "Suggest outbound licenses for a project that reuses components (models, libraries) under all the"
          + " INBOUND licenses at once: every license the check accepts for all of them, best first (COMPATIBLE"
          + " before CONDITIONAL, fewer obligations, more permissive), each with its obligations.",
      "None, with the conflicting pair named, when two inbound licenses exclude each other. Exit code 0 when some"
          + " license fits, 1 when none does."
    })
final class LicensesSuggestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  UseOption use;

  @Parameters(
      paramLabel = "INBOUND",
      arity = "1..*",
      description =
          "The licenses of everything the project reuses; '-' reads one per line from standard input.")
  List<String> inbound;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<String> licenses = new ArrayList<>();
    for (StdinLines.Input line : StdinLines.of(inbound, out)) {
      if (!line.isBlank()) {
        licenses.add(line.text());
      }
    }
    if (licenses.isEmpty()) {
      throw new UsageException("give one or more INBOUND licenses (only blank input was given)");
    }
    OutboundSuggestions s = LicenseCompatibility.create().suggestOutbound(licenses, use.use);
    if (json.json) {
      List<Candidate> suggestions = s.candidates().stream()
          .map(LicensesSuggestCommand::candidate)
          .collect(Collectors.toList());
      Output.jsonLine(
          out,
          new Line(
              s.inbound(),
              s.use().name(),
              suggestions,
              s.conflict().map(LicensesSuggestCommand::candidate).orElse(null)));
    } else {
      out.println("Outbound licenses for a project reusing " + s.inbound() + " ("
          + s.use().name().toLowerCase(java.util.Locale.ROOT) + "):");
      for (CompatibilityResult r : s.candidates()) {
        out.println("  " + r.verdict() + "  " + r.outbound());
        r.obligations().forEach(o -> out.println("    obligation: " + o.description()));
      }
      s.conflict().ifPresent(c -> {
        out.println("  none: " + c.inbound() + " and " + c.outbound() + " exclude each other");
        c.reasons().forEach(reason -> out.println("    - " + reason));
      });
      if (s.candidates().isEmpty() && s.conflict().isEmpty()) {
        out.println("  none: no known license accepts all of them (some may be unknown)");
      }
    }
    return s.candidates().isEmpty() ? Main.FAILURE : Main.OK;
  }

  private static Candidate candidate(CompatibilityResult r) {
    return new Candidate(
        r.inbound(),
        r.outbound(),
        r.verdict().name(),
        r.reasons(),
        r.obligations().stream().map(Obligation::name).collect(Collectors.toList()));
  }

  /** One JSON result for all inputs: the suggestions, best first, and the conflict when there is none. */
  record Line(String inbound, String use, List<Candidate> suggestions, Candidate conflict) {}

  /** A candidate (or the conflicting pair): named as {@code licenses check} names them. */
  record Candidate(
      String inbound,
      String outbound,
      String verdict,
      List<String> reasons,
      List<String> obligations) {}
}

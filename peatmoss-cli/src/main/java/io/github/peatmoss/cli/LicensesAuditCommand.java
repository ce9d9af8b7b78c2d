package io.github.peatmoss.cli;

import io.github.peatmoss.core.model.LicenseUse;
import io.github.peatmoss.core.model.LicensedReuseLink;
import io.github.peatmoss.licenses.AuditSummary;
import io.github.peatmoss.licenses.LicenseAudit;
import io.github.peatmoss.licenses.LicenseCategory;
import io.github.peatmoss.licenses.LinkVerdict;
import io.github.peatmoss.licenses.Obligation;
import io.github.peatmoss.licenses.PairSummary;
import io.github.peatmoss.licenses.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peatmoss licenses audit}: the license audit of every model-to-repository link in a database. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Audit the licenses of every model-to-repository reuse link in a PeaTMOSS database (R2 schema):"
          + " a verdict per link and a summary by verdict, license pair and category pair.",
      "With --json: one JSON object (the summary); with --links also one JSON line per link before it."
    })
final class LicensesAuditCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  DatabaseOption db;

  @Mixin
  UseOption use;

  @Option(
      names = "--matrix",
      paramLabel = "FILE",
      description = "An OSADL compatibility matrix (matrixseqexpl.json"
          + " or matrix.json) that overrides the built-in knowledge for the pairs it covers.")
  Path matrix;

  @Option(names = "--links", description = "Also print every link's verdict.")
  boolean links;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "20",
      description = "Pairs shown in the text summary (default: ${DEFAULT-VALUE}); JSON lists all.")
  int top;

  @Override
  public Integer call() {
    if (top < 0) {
      throw new UsageException("--top must be >= 0: " + top);
    }
    PrintWriter out = spec.commandLine().getOut();
    LicenseAudit audit = LicenseAudit.using(LicensesCheckCommand.compatibility(matrix));
    AuditSummary summary = db.use(spec.commandLine().getErr(), dataset -> {
      try (Stream<LicensedReuseLink> stream = dataset.streamLicensedReuseLinks()) {
        Stream<LicensedReuseLink> used = use.use == LicenseUse.REDISTRIBUTE
            ? stream
            : stream.map(link -> link.toBuilder().use(use.use).build());
        return audit.audit(used, links ? perLink(out) : v -> {});
      }
    });
    String database = db.db == null ? "sample" : db.db.toString();
    if (json.json) {
      Output.jsonLine(out, summaryJson(database, summary));
    } else {
      printText(out, database, summary);
    }
    return Main.OK;
  }

  private Consumer<LinkVerdict> perLink(PrintWriter out) {
    return v -> {
      if (json.json) {
        Output.jsonLine(
            out,
            new LinkLine(
                v.model().toString(),
                v.repository().toString(),
                v.modelLicense().spdx(),
                v.repositoryLicense().spdx(),
                v.verdict().name(),
                v.result().reasons(),
                v.result().obligations().stream()
                    .map(Obligation::name)
                    .collect(Collectors.toList())));
      } else {
        out.println(v.verdict() + "\t" + v.model() + "\t" + v.repository() + "\t"
            + v.modelLicense().spdx() + " -> " + v.repositoryLicense().spdx());
      }
    };
  }

  static Map<String, Object> summaryJson(String database, AuditSummary summary) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("db", database);
    json.put("links", summary.links());
    json.put("byVerdict", verdicts(summary.byVerdict()));
    json.put("byLicensePair", pairs(summary.byLicensePair(), Function.identity()));
    json.put("byCategoryPair", pairs(summary.byCategoryPair(), LicensesAuditCommand::categoryName));
    json.put("unmappedLicenses", summary.unmappedLicenses());
    return json;
  }

  /** A category as JSON names it everywhere: its enum name ({@code WEAK_COPYLEFT}), not its label. */
  private static String categoryName(String label) {
    for (LicenseCategory category : LicenseCategory.values()) {
      if (category.label().equals(label)) {
        return category.name();
      }
    }
    return label;
  }

  /**
   * One JSON line per link: as {@code licenses check} names them, {@code inbound} is the model's license and
   * {@code outbound} the repository's.
   */
  record LinkLine(
      String model,
      String repository,
      String inbound,
      String outbound,
      String verdict,
      List<String> reasons,
      List<String> obligations) {}

  private static Map<String, Long> verdicts(Map<Verdict, Long> byVerdict) {
    Map<String, Long> out = new LinkedHashMap<>();
    byVerdict.forEach((k, v) -> out.put(k.name(), v));
    return out;
  }

  private static List<PairLine> pairs(List<PairSummary> pairs, Function<String, String> side) {
    return pairs.stream()
        .map(p -> new PairLine(
            side.apply(p.inbound()), side.apply(p.outbound()), p.links(), verdicts(p.byVerdict())))
        .collect(Collectors.toList());
  }

  /** A pair of the summary: licenses (or categories), links, links by verdict. */
  record PairLine(String inbound, String outbound, long links, Map<String, Long> byVerdict) {}

  private void printText(PrintWriter out, String database, AuditSummary summary) {
    out.println("License audit of " + database + ": " + String.format("%,d", summary.links())
        + " model-to-repository links");
    summary
        .byVerdict()
        .forEach((verdict, n) -> out.printf(
            "  %-13s %,8d  %5.1f%%%n",
            verdict, n, summary.links() == 0 ? 0.0 : 100.0 * n / summary.links()));
    out.println();
    out.println("By category pair (model -> repository):");
    summary.byCategoryPair().stream().limit(top).forEach(p -> out.println(pairLine(p)));
    out.println();
    out.println("By license pair (model -> repository), top "
        + Math.min(top, summary.byLicensePair().size()) + " of "
        + summary.byLicensePair().size() + ":");
    summary.byLicensePair().stream().limit(top).forEach(p -> out.println(pairLine(p)));
    if (!summary.unmappedLicenses().isEmpty()) {
      out.println();
      out.println("Unmapped license strings (kept as LicenseRef-unmapped-...):");
      summary.unmappedLicenses().entrySet().stream()
          .limit(top)
          .forEach(e -> out.printf("  %,7d  %s%n", e.getValue(), e.getKey()));
    }
  }

  private static String pairLine(PairSummary p) {
    return String.format(
        "  %,7d  %s -> %s  %s",
        p.links(),
        p.inbound(),
        p.outbound(),
        p.byVerdict().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(" ")));
  }
}

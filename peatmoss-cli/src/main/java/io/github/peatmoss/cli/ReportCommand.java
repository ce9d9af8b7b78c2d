package io.github.peatmoss.cli;

import io.github.peatmoss.report.HtmlReport;
import io.github.peatmoss.report.PeatmossReport;
import io.github.peatmoss.report.Report;
import io.github.peatmoss.report.ReportListener;
import io.github.peatmoss.report.ReportSection;
import io.github.peatmoss.report.Section;
import io.github.peatmoss.report.SkippedSection;
import io.github.peatmoss.report.TextReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peatmoss report}: the paper's analyses on a PeaTMOSS database, as text, JSON or an HTML page. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Compute the PeaTMOSS paper's analyses on a database (default: the bundled sample): PTMs per hub,"
          + " snapshots, reuse, domains and tasks, new PTMs per month, documentation completeness, licenses, the"
          + " license audit of reuse links and base-model lineage. A section the file cannot support (for example an"
          + " R2-only one on an R1 file) is skipped with the reason.",
      "With --json: one JSON object with a key per section. With --html DIR: also a self-contained"
          + " DIR/index.html with charts. Progress goes to stderr."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  DatabaseOption db;

  @Option(
      names = "--sections",
      split = ",",
      paramLabel = "NAME",
      description =
          "Only these sections, comma-separated: hubs, snapshots, reuse, domains, monthly, documentation,"
              + " licenses, audit, lineage (default: all).")
  List<String> sections;

  @Option(
      names = "--html",
      paramLabel = "DIR",
      description =
          "Also write DIR/index.html with charts; scripts are copied into DIR, nothing is fetched.")
  Path html;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description = "Rows in the 'most ...' lists (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--matrix",
      paramLabel = "FILE",
      description = "An OSADL compatibility matrix for the license"
          + " audit (overrides the built-in knowledge for the pairs it covers).")
  Path matrix;

  @Override
  public Integer call() {
    if (top < 1) {
      throw new UsageException("--top must be >= 1: " + top);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PeatmossReport.Builder builder = PeatmossReport.builder()
        .top(top)
        .licenseAudit(io.github.peatmoss.licenses.LicenseAudit.using(
            LicensesCheckCommand.compatibility(matrix)))
        .listener(progress(err));
    if (sections != null) {
      builder.sections(parseSections(sections));
    }
    PeatmossReport runner = builder.build();
    Report report = db.db == null ? runner.runSample() : db.use(err, runner::run);
    if (json.json) {
      Output.jsonLine(out, report.jsonFields());
    } else {
      TextReport.write(report, out);
    }
    if (html != null) {
      Path index = HtmlReport.write(report, html);
      err.println("peatmoss: wrote " + index);
    }
    return Main.OK;
  }

  private static List<Section> parseSections(List<String> names) {
    List<Section> chosen = new ArrayList<>();
    for (String name : names) {
      if (name.isBlank()) {
        continue;
      }
      try {
        chosen.add(Section.parse(name));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    if (chosen.isEmpty()) {
      throw new UsageException("--sections names no section");
    }
    return chosen;
  }

  /** Progress on stderr: one line per section with its time, so a long run on the full database shows life. */
  private static ReportListener progress(PrintWriter err) {
    return new ReportListener() {
      private long started;

      @Override
      public void started(Section section, int index, int total) {
        started = System.nanoTime();
      }

      @Override
      public void finished(ReportSection result, int index, int total) {
        String what = result instanceof SkippedSection
            ? "skipped"
            : String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9);
        err.println("peatmoss: report [" + index + "/" + total + "] "
            + result.section().option() + ": " + what);
        err.flush();
      }
    };
  }
}

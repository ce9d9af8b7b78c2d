package io.github.peatmoss.examples;

import io.github.peatmoss.report.HtmlReport;
import io.github.peatmoss.report.LicenseAuditSection;
import io.github.peatmoss.report.PeatmossReport;
import io.github.peatmoss.report.Report;
import io.github.peatmoss.report.Section;
import io.github.peatmoss.report.TextReport;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The report: the paper's analyses on the bundled sample (or on the database given as the first argument),
 * printed as text tables, one number read from the typed result, and the HTML page with charts written to the
 * directory given as the second argument (default {@code target/report}).
 */
public final class ReportOnDataset {
  private ReportOnDataset() {}

  /** Runs the example. */
  public static void main(String[] args) {
    PeatmossReport runner = PeatmossReport.builder()
        .sections(List.of(
            Section.HUBS, Section.REUSE, Section.LICENSE_AUDIT, Section.LINEAGE)) // default: all
        .build();
    Report report = args.length > 0 ? runner.run(Path.of(args[0])) : runner.runSample();
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    TextReport.write(report, out); // aligned tables, as the CLI prints
    report
        .section(LicenseAuditSection.class)
        .ifPresent(
            audit -> // typed values, or SkippedSection
            out.println("links audited: " + audit.links()));
    Path page =
        HtmlReport.write(report, Path.of(args.length > 1 ? args[1] : "target/report")); // charts
    out.println("wrote " + page);
    out.flush();
  }
}

package io.github.peatmoss.report;

import io.github.peatmoss.dataset.PeatmossDataset;
import io.github.peatmoss.licenses.LicenseAudit;
import io.github.peatmoss.licenses.LicenseNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the paper's analyses on a PeaTMOSS database. Each analysis says which tables it needs; one the file
 * cannot support becomes a {@link SkippedSection} with the reason instead of failing the report. Aggregations run
 * in SQL inside SQLite, so memory stays small whatever the size of the file.
 *
 * <pre>{@code
 * Report report = PeatmossReport.create().runSample();
 * PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));  // buffered
 * TextReport.write(report, out);
 * out.flush();
 * }</pre>
 *
 * <p>Immutable and thread-safe; each run opens its own connections.
 */
public final class PeatmossReport {
  /** Rows kept in "top" lists (most reused models, license pairs, tasks, ...) unless set otherwise. */
  public static final int DEFAULT_TOP = 10;

  private final Set<Section> sections;
  private final LicenseAudit audit;
  private final int top;
  private final ReportListener listener;

  private PeatmossReport(Builder b) {
    this.sections = EnumSet.copyOf(b.sections);
    this.audit = b.audit;
    this.top = b.top;
    this.listener = b.listener;
  }

  /** Returns a report of every section with the built-in license knowledge. */
  public static PeatmossReport create() {
    return builder().build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs the report on the bundled sample dataset; its {@link Report#caveat()} says that the data is synthetic.
   *
   * @throws io.github.peatmoss.dataset.DatasetException if SQLite fails
   */
  public Report runSample() {
    try (PeatmossDataset dataset = PeatmossDataset.openSample()) {
      return run(dataset, "bundled sample", true);
    }
  }

  /**
   * Opens the database read-only, runs the report on it and closes it.
   *
   * @throws io.github.peatmoss.dataset.InvalidDatabaseException if the file is not a PeaTMOSS database
   * @throws io.github.peatmoss.dataset.DatasetException if SQLite fails
   */
  public Report run(Path database) {
    Objects.requireNonNull(database, "database == null");
    try (PeatmossDataset dataset = PeatmossDataset.open(database)) {
      return run(dataset);
    }
  }

  /**
   * Runs the report on an open dataset (which stays open).
   *
   * @throws io.github.peatmoss.dataset.DatasetException if SQLite fails
   */
  public Report run(PeatmossDataset dataset) {
    Objects.requireNonNull(dataset, "dataset == null");
    return run(dataset, dataset.file().toString(), false);
  }

  private Report run(PeatmossDataset dataset, String name, boolean sample) {
    Analyses analyses = new Analyses(dataset, audit, LicenseNormalizer.standard(), top);
    Set<String> tables = dataset.tables();
    List<ReportSection> results = new ArrayList<>();
    int index = 0;
    for (Section section : sections) {
      index++;
      listener.started(section, index, sections.size());
      Set<String> missing = new TreeSet<>(section.tables());
      missing.removeAll(tables);
      ReportSection result = missing.isEmpty()
          ? analyses.run(section)
          : SkippedSection.builder()
              .section(section)
              .requires(section.schema())
              .skipped(skipReason(missing))
              .build();
      results.add(result);
      listener.finished(result, index, sections.size());
    }
    Report.Builder report =
        Report.builder().database(name).sample(sample).schema(dataset.schema()).sections(results);
    if (sample) {
      report.caveat(sampleCaveat(results));
    }
    return report.build();
  }

  /**
   * A file opens only with every R1 table, and is R2 only with every R2 table: a section can miss only R2
   * tables, and only on an R1 file.
   */
  private static String skipReason(Set<String> missing) {
    return "needs the R2 (2024, LLM-extracted metadata) "
        + (missing.size() == 1 ? "table " : "tables ")
        + String.join(", ", missing)
        + "; this file is R1";
  }

  private static String sampleCaveat(List<ReportSection> results) {
    String share = results.stream()
        .filter(LicenseAuditSection.class::isInstance)
        .map(LicenseAuditSection.class::cast)
        .findFirst() // the bundled sample always has links
        .map(a -> String.format(
            Locale.ROOT,
            " (%.0f%% of its links are incompatible; the paper's data had about 5%%)",
            Percent.of(a.byVerdict().getOrDefault("INCOMPATIBLE", 0L), a.links())))
        .orElse("");
    return "NOTE: this is the bundled sample, synthetic data seeded with license conflicts" + share
        + ": do not quote its numbers as findings; use --db PeaTMOSS.db for the real dataset.";
  }

  /** Builds {@link PeatmossReport}s; not thread-safe. */
  public static final class Builder {
    private Set<Section> sections = EnumSet.allOf(Section.class);
    private LicenseAudit audit = LicenseAudit.create();
    private int top = DEFAULT_TOP;
    private ReportListener listener = ReportListener.NONE;

    private Builder() {}

    /** Runs only these sections (in report order, whatever the order given); default all. */
    public Builder sections(Collection<Section> sections) {
      if (sections.isEmpty()) {
        throw new IllegalArgumentException("choose at least one section");
      }
      this.sections = EnumSet.copyOf(sections);
      return this;
    }

    /** Uses this license audit (for example one with an OSADL matrix); default {@link LicenseAudit#create()}. */
    public Builder licenseAudit(LicenseAudit audit) {
      this.audit = Objects.requireNonNull(audit, "audit == null");
      return this;
    }

    /** Keeps {@code top} rows in the "most ..." lists; default {@value #DEFAULT_TOP}. */
    public Builder top(int top) {
      if (top < 1) {
        throw new IllegalArgumentException("top must be >= 1: " + top);
      }
      this.top = top;
      return this;
    }

    /** Tells {@code listener} as sections start and finish (for progress output). */
    public Builder listener(ReportListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /** Returns the report runner. */
    public PeatmossReport build() {
      return new PeatmossReport(this);
    }
  }
}

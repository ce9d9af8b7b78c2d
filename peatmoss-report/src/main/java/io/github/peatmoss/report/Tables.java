package io.github.peatmoss.report;

import io.github.peatmoss.licenses.LicenseCategory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Each section as the tables people read, shared by the text and HTML renderings: formatted cells (thousands
 * separators, percentages with one decimal), a caption per table and notes under it.
 */
final class Tables {
  private Tables() {}

  /** One table: an optional caption, a header, formatted rows; numeric columns are right-aligned. */
  static final class Table {
    final String caption;
    final List<String> header;
    final List<List<String>> rows = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    Table(String caption, String... header) {
      this.caption = caption;
      this.header = Arrays.asList(header);
    }

    void row(Object... cells) {
      List<String> row = new ArrayList<>();
      for (Object cell : cells) {
        row.add(
            cell instanceof Long || cell instanceof Integer
                ? n(((Number) cell).longValue())
                : String.valueOf(cell));
      }
      rows.add(row);
    }

    Table note(String note) {
      notes.add(note);
      return this;
    }

    /** Returns whether a column holds numbers only (then it is right-aligned). */
    boolean numeric(int column) {
      return !rows.isEmpty() && rows.stream().allMatch(r -> r.get(column).matches("[-0-9,.%]+"));
    }
  }

  static String n(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  static String pct(double percent) {
    return String.format(Locale.ROOT, "%.1f%%", percent);
  }

  /** Returns the tables of a section. */
  static List<Table> of(ReportSection section) {
    if (section instanceof SkippedSection) {
      return List.of(new Table(null).note("skipped: " + ((SkippedSection) section).skipped()));
    }
    switch (section.section()) {
      case HUBS:
        return hubs((HubsSection) section);
      case SNAPSHOTS:
        return snapshots((SnapshotsSection) section);
      case REUSE:
        return reuse((ReuseSection) section);
      case DOMAINS:
        return domains((DomainsSection) section);
      case MONTHLY:
        return monthly((MonthlySection) section);
      case DOCUMENTATION:
        return documentation((DocumentationSection) section);
      case LICENSES:
        return licenses((LicensesSection) section);
      case LICENSE_AUDIT:
        return audit((LicenseAuditSection) section);
      case LINEAGE:
        return lineage((LineageSection) section);
      default:
        throw new IllegalArgumentException("no tables for " + section.section());
    }
  }

  private static Table counts(String caption, String what, String unit, List<Count> counts) {
    Table t = new Table(caption, what, unit, "share");
    counts.forEach(c -> t.row(c.name(), c.count(), pct(c.percent())));
    return t;
  }

  private static List<Count> counts(Map<String, Long> counts, long total) {
    return counts.entrySet().stream()
        .map(e -> Count.of(e.getKey(), e.getValue(), total))
        .collect(Collectors.toList());
  }

  private static List<Table> hubs(HubsSection s) {
    Table t = counts(null, "hub", "PTMs", s.byHub());
    t.row("total", s.models(), pct(s.models() == 0 ? 0 : 100));
    return List.of(t);
  }

  private static List<Table> snapshots(SnapshotsSection s) {
    Table byHub = new Table(null, "hub", "PTMs", "snapshotted", "share");
    s.byHub().forEach(h -> byHub.row(h.hub(), h.models(), h.snapshotted(), pct(h.percent())));
    byHub.row(
        "total",
        s.byHub().stream().mapToLong(HubSnapshots::models).sum(),
        s.snapshotted(),
        pct(s.percent()));
    Table content = new Table("What the snapshots hold", "record", "count", "PTMs");
    content.row("Hugging Face commits", s.commits(), s.modelsWithCommits());
    content.row("Hugging Face discussions and PRs", s.discussions(), s.modelsWithDiscussions());
    content.row("GitHub issues of PTM repositories", s.ptmIssues(), "-");
    content.row("GitHub pull requests of PTM repositories", s.ptmPullRequests(), "-");
    return List.of(byHub, content);
  }

  private static List<Table> reuse(ReuseSection s) {
    Table totals = new Table(null, "what", "count", "share");
    totals.row("downstream repositories", s.repositories(), "");
    totals.row(
        "  with a link to a PTM",
        s.linkedRepositories(),
        pct(Percent.of(s.linkedRepositories(), s.repositories())));
    totals.row("PTM-to-repository links", s.links(), "");
    totals.row("reused PTMs", s.reusedModels(), "");
    totals.row("reuse files", s.reuseFiles(), "");
    totals.row(
        "median links per reused PTM",
        String.format(Locale.ROOT, "%.1f", s.medianLinksPerModel()),
        "");
    Table byHub = new Table(
        "Links by hub of the reused PTM", "hub", "links", "share", "PTMs", "repositories");
    s.byHub()
        .forEach(h -> byHub.row(
            h.hub(),
            h.links(),
            pct(Percent.of(h.links(), s.links())),
            h.models(),
            h.repositories()));
    Table top = new Table("Most reused PTMs", "rank", "PTM", "hub", "repositories");
    int rank = 0;
    for (ModelReuse m : s.mostReused()) {
      top.row(++rank, m.model(), m.hub(), m.repositories());
    }
    Table distribution = counts("Links per reused PTM", "links", "PTMs", s.linksPerModelBuckets());
    return List.of(totals, byHub, top, distribution);
  }

  private static List<Table> domains(DomainsSection s) {
    Map<String, Long> repositories = new HashMap<>();
    s.repositoriesByDomain().forEach(c -> repositories.put(c.name(), c.count()));
    Table byDomain = new Table(null, "domain", "PTMs", "share", "repositories reusing them");
    s.byDomain()
        .forEach(c -> byDomain.row(
            c.name(), c.count(), pct(c.percent()), repositories.getOrDefault(c.name(), 0L)));
    byDomain.note(n(s.models()) + " PTMs have a domain; a PTM may have several.");
    Table tasks =
        counts("Top tasks (" + n(s.distinctTasks()) + " distinct)", "task", "PTMs", s.topTasks());
    return List.of(byDomain, tasks);
  }

  private static List<Table> monthly(MonthlySection s) {
    List<Series> shown = s.series().subList(0, Math.min(6, s.series().size()));
    List<String> header = new ArrayList<>(List.of("month", "new PTMs"));
    shown.forEach(x -> header.add(x.name()));
    Table t = new Table(null, header.toArray(new String[0]));
    for (int i = 0; i < s.months().size(); i++) {
      List<Object> row = new ArrayList<>();
      row.add(s.months().get(i));
      long total = 0;
      for (Series x : s.series()) {
        total += x.counts().get(i);
      }
      row.add(total);
      for (Series x : shown) {
        row.add(x.counts().get(i));
      }
      t.row(row.toArray());
    }
    t.note(n(s.datedModels()) + " PTMs dated by their oldest commit"
        + ("domain".equals(s.breakdown())
            ? "; a PTM with several domains is counted in each"
            : "; no domains in" + " this file (R1), so no split by domain")
        + ".");
    if (s.months().isEmpty()) {
      t.note("No PTM has a dated commit in this file.");
    }
    return List.of(t);
  }

  private static List<Table> documentation(DocumentationSection s) {
    Table t = counts(null, "metadata field", "PTMs with a value", s.fields());
    t.note("Share of the " + n(s.models())
        + " PTMs with extracted metadata (a row in any R2-only table).");
    return List.of(t);
  }

  private static List<Table> licenses(LicensesSection s) {
    Table byCategory = counts(
        null,
        "category",
        "PTMs",
        s.byCategory().stream()
            .map(c -> Count.of(LicenseCategory.valueOf(c.name()).label(), c.count(), s.models()))
            .collect(Collectors.toList()));
    byCategory.note(n(s.models()) + " PTMs, " + n(s.unlicensed())
        + " without a license; several licenses combine"
        + " as AND (the most restrictive category).");
    return List.of(
        byCategory,
        counts("Top licenses (normalised to SPDX)", "license", "PTMs", s.topLicenses()));
  }

  private static List<Table> audit(LicenseAuditSection s) {
    Table verdicts = counts(null, "verdict", "links", counts(s.byVerdict(), s.links()));
    Table categories = pairs(
        "By category pair (model -> repository)",
        "model category",
        "repository category",
        s.byCategoryPair());
    Table licenses = pairs(
        "Top license pairs (model -> repository)",
        "model license",
        "repository license",
        s.byLicensePair());
    Table inconsistencies = new Table(
        "Most common inconsistencies (incompatible links)",
        "model license",
        "repository license",
        "links",
        "example");
    for (Inconsistency i : s.inconsistencies()) {
      inconsistencies.row(
          i.inbound(),
          i.outbound(),
          i.links(),
          i.examples().isEmpty() ? "" : i.examples().get(0));
      if (!i.reasons().isEmpty()) {
        inconsistencies.note(
            i.inbound() + " -> " + i.outbound() + ": " + String.join("; ", i.reasons()));
      }
    }
    List<Table> out = new ArrayList<>(List.of(verdicts, categories, licenses, inconsistencies));
    if (!s.unmappedLicenses().isEmpty()) {
      out.add(counts(
          "License strings that could not be mapped",
          "license string",
          "links",
          counts(s.unmappedLicenses(), s.links())));
    }
    return out;
  }

  private static Table pairs(
      String caption, String inbound, String outbound, List<PairCount> pairs) {
    Table t = new Table(
        caption,
        inbound,
        outbound,
        "links",
        "compatible",
        "conditional",
        "unknown",
        "incompatible");
    for (PairCount p : pairs) {
      t.row(
          p.inbound(),
          p.outbound(),
          p.links(),
          p.compatible(),
          p.conditional(),
          p.unknown(),
          p.incompatible());
    }
    return t;
  }

  private static List<Table> lineage(LineageSection s) {
    Table totals = new Table(null, "what", "count");
    totals.row("PTMs naming a base model", s.models());
    totals.row("distinct base models", s.bases());
    totals.row("model-to-base links", s.links());
    totals.row("  to a base in this database", s.linksInDataset());
    Table top =
        counts("Most fine-tuned base models", "base model", "fine-tuned PTMs", s.mostFineTuned());
    Table depth = counts("Depth of fine-tuning chains", "depth", "PTMs", s.chainDepth());
    depth.note(
        "Depth 1: the base is not known to derive from another; each base that is itself fine-tuned adds 1.");
    return List.of(totals, top, depth);
  }
}

package io.github.peatmoss.report;

import io.github.peatmoss.core.model.LicensedReuseLink;
import io.github.peatmoss.dataset.PeatmossDataset;
import io.github.peatmoss.licenses.AuditSummary;
import io.github.peatmoss.licenses.LicenseAudit;
import io.github.peatmoss.licenses.LicenseCategory;
import io.github.peatmoss.licenses.LicenseNormalizer;
import io.github.peatmoss.licenses.LinkVerdict;
import io.github.peatmoss.licenses.NormalizedLicense;
import io.github.peatmoss.licenses.Verdict;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The analyses. Every aggregation is one statement in {@code io/github/peatmoss/report/Analyses/NAME.sql}, run
 * through {@link PeatmossDataset#withHandle}; Java only shapes the (small) results. The license audit streams
 * the links through {@link LicenseAudit}, which keeps no list.
 */
final class Analyses {
  private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();

  private final PeatmossDataset dataset;
  private final Set<String> tables;
  private final LicenseAudit audit;
  private final LicenseNormalizer normalizer;
  private final int top;

  Analyses(PeatmossDataset dataset, LicenseAudit audit, LicenseNormalizer normalizer, int top) {
    this.dataset = dataset;
    this.tables = dataset.tables();
    this.audit = audit;
    this.normalizer = normalizer;
    this.top = top;
  }

  ReportSection run(Section section) {
    switch (section) {
      case HUBS:
        return hubs();
      case SNAPSHOTS:
        return snapshots();
      case REUSE:
        return reuse();
      case DOMAINS:
        return domains();
      case MONTHLY:
        return monthly();
      case DOCUMENTATION:
        return documentation();
      case LICENSES:
        return licenses();
      case LICENSE_AUDIT:
        return licenseAudit();
      case LINEAGE:
        return lineage();
      default:
        throw new IllegalArgumentException("no analysis for " + section);
    }
  }

  private static String sql(String name) {
    return SQL.locate(Analyses.class, name);
  }

  private <T> List<T> list(String name, RowMapper<T> mapper) {
    return dataset.withHandle(h -> h.createQuery(sql(name)).map(mapper).list());
  }

  private <T> List<T> list(String name, int limit, RowMapper<T> mapper) {
    return dataset.withHandle(
        h -> h.createQuery(sql(name)).bind("limit", limit).map(mapper).list());
  }

  private <T> T one(String name, RowMapper<T> mapper) {
    return dataset.withHandle(h -> h.createQuery(sql(name)).map(mapper).one());
  }

  /** Rows of (name, n) as counts, percentages of {@code total}. */
  private List<Count> counts(String name, long total) {
    return list(name, (rs, ctx) -> Count.of(rs.getString(1), rs.getLong(2), total));
  }

  private static List<Count> counts(List<Count> raw, long total) {
    return raw.stream().map(c -> Count.of(c.name(), c.count(), total)).collect(Collectors.toList());
  }

  // ---- sections ----

  private HubsSection hubs() {
    List<Count> raw = counts("hubs", 0);
    long models = raw.stream().mapToLong(Count::count).sum();
    return HubsSection.builder().models(models).byHub(counts(raw, models)).build();
  }

  private SnapshotsSection snapshots() {
    List<HubSnapshots> byHub = list(
        "snapshots-by-hub",
        (rs, ctx) -> HubSnapshots.builder()
            .hub(rs.getString(1))
            .models(rs.getLong(2))
            .snapshotted(rs.getLong(3))
            .percent(Percent.of(rs.getLong(3), rs.getLong(2)))
            .build());
    long models = byHub.stream().mapToLong(HubSnapshots::models).sum();
    long snapshotted = byHub.stream().mapToLong(HubSnapshots::snapshotted).sum();
    SnapshotsSection.Builder b = SnapshotsSection.builder()
        .snapshotted(snapshotted)
        .percent(Percent.of(snapshotted, models))
        .byHub(byHub);
    return one(
        "snapshot-activity",
        (rs, ctx) -> b.commits(rs.getLong(1))
            .modelsWithCommits(rs.getLong(2))
            .discussions(rs.getLong(3))
            .modelsWithDiscussions(rs.getLong(4))
            .ptmIssues(rs.getLong(5))
            .ptmPullRequests(rs.getLong(6))
            .build());
  }

  private ReuseSection reuse() {
    ReuseSection.Builder b = one(
        "reuse-totals",
        (rs, ctx) -> ReuseSection.builder()
            .repositories(rs.getLong(1))
            .linkedRepositories(rs.getLong(2))
            .links(rs.getLong(3))
            .reusedModels(rs.getLong(4))
            .reuseFiles(rs.getLong(5)));
    b.byHub(list(
        "reuse-by-hub",
        (rs, ctx) -> HubReuse.builder()
            .hub(rs.getString(1))
            .links(rs.getLong(2))
            .models(rs.getLong(3))
            .repositories(rs.getLong(4))
            .build()));
    b.mostReused(list(
        "most-reused",
        top,
        (rs, ctx) -> ModelReuse.builder()
            .model(String.valueOf(rs.getString(1)))
            .hub(rs.getString(2))
            .repositories(rs.getLong(3))
            .build()));
    List<LinksBin> bins = list(
        "links-per-model",
        (rs, ctx) ->
            LinksBin.builder().links(rs.getLong(1)).models(rs.getLong(2)).build());
    long models = bins.stream().mapToLong(LinksBin::models).sum();
    Map<String, Long> buckets = new LinkedHashMap<>();
    for (LinksBin bin : bins) {
      long low = Long.highestOneBit(bin.links());
      String name = low == 1 ? "1" : low + "-" + (2 * low - 1);
      buckets.merge(name, bin.models(), Long::sum);
    }
    return b.linksPerModel(bins)
        .linksPerModelBuckets(buckets.entrySet().stream()
            .map(e -> Count.of(e.getKey(), e.getValue(), models))
            .collect(Collectors.toList()))
        .medianLinksPerModel(median(bins, models))
        .build();
  }

  /** Returns the median links per PTM of {@code models} PTMs in {@code bins} (ascending links); 0 for none. */
  private static double median(List<LinksBin> bins, long models) {
    return models == 0 ? 0 : (linksAt(bins, (models - 1) / 2) + linksAt(bins, models / 2)) / 2.0;
  }

  /** Returns the links of the PTM at the 0-based {@code rank} in ascending order of links. */
  private static long linksAt(List<LinksBin> bins, long rank) {
    long seen = 0;
    for (LinksBin bin : bins) {
      seen += bin.models();
      if (rank < seen) {
        return bin.links();
      }
    }
    throw new IllegalArgumentException("rank " + rank + " is past the " + seen + " PTMs");
  }

  private DomainsSection domains() {
    long models = one("domain-models", (rs, ctx) -> rs.getLong(1));
    List<Count> tasks = counts("tasks", models);
    return DomainsSection.builder()
        .models(models)
        .byDomain(counts("domains", models))
        .repositoriesByDomain(counts("domain-repositories", 0))
        .distinctTasks(tasks.size())
        .topTasks(tasks.subList(0, Math.min(top, tasks.size())))
        .build();
  }

  private MonthlySection monthly() {
    boolean byDomain = tables.containsAll(Section.DOMAINS.tables());
    List<String[]> rows = list(byDomain ? "monthly-by-domain" : "monthly", (rs, ctx) ->
        new String[] {rs.getString(1), rs.getString(2), Long.toString(rs.getLong(3))});
    TreeSet<YearMonth> seen = new TreeSet<>();
    Map<String, Map<YearMonth, Long>> byName = new HashMap<>();
    for (String[] row : rows) {
      YearMonth month;
      try {
        month = YearMonth.parse(row[0]);
      } catch (java.time.format.DateTimeParseException | NullPointerException notAMonth) {
        continue; // a date the Hub never writes; leave it out
      }
      seen.add(month);
      byName
          .computeIfAbsent(row[1], k -> new HashMap<>())
          .merge(month, Long.parseLong(row[2]), Long::sum);
    }
    List<String> months = new ArrayList<>();
    if (!seen.isEmpty()) {
      for (YearMonth m = seen.first(); !m.isAfter(seen.last()); m = m.plusMonths(1)) {
        months.add(m.toString());
      }
    }
    List<Series> series = new ArrayList<>();
    byName.forEach((name, counts) -> {
      List<Long> values = months.stream()
          .map(m -> counts.getOrDefault(YearMonth.parse(m), 0L))
          .collect(Collectors.toList());
      series.add(Series.builder()
          .name(name)
          .counts(values)
          .total(values.stream().mapToLong(Long::longValue).sum())
          .build());
    });
    series.sort(Comparator.comparingLong(Series::total).reversed().thenComparing(Series::name));
    // A model with two domains is in two series; the dated models are counted once.
    long dated = one("monthly-dated", (rs, ctx) -> rs.getLong(1));
    return MonthlySection.builder()
        .datedModels(dated)
        .breakdown(byDomain ? "domain" : "none")
        .months(months)
        .series(series)
        .build();
  }

  private DocumentationSection documentation() {
    List<Count> raw = counts("documentation", 0);
    long models = raw.get(0).count();
    List<Count> fields = new ArrayList<>(counts(raw.subList(1, raw.size()), models));
    fields.sort(
        Comparator.comparingLong(Count::count).reversed()); // stable: ties keep the paper's order
    return DocumentationSection.builder().models(models).fields(fields).build();
  }

  private LicensesSection licenses() {
    List<Object[]> rows =
        list("licenses", (rs, ctx) -> new Object[] {rs.getString(1), rs.getLong(2)});
    Map<LicenseCategory, Long> byCategory = new LinkedHashMap<>();
    Map<String, Long> byLicense = new HashMap<>();
    long models = 0;
    long unlicensed = 0;
    for (Object[] row : rows) {
      long n = (Long) row[1];
      models += n;
      List<String> names =
          row[0] == null ? List.of() : Arrays.asList(((String) row[0]).split("\n"));
      if (names.isEmpty()) {
        unlicensed += n;
      }
      NormalizedLicense license = normalizer.normalizeAll(names); // none() for no names
      byCategory.merge(license.category(), n, Long::sum);
      byLicense.merge(license.spdx(), n, Long::sum);
    }
    long total = models;
    return LicensesSection.builder()
        .models(models)
        .unlicensed(unlicensed)
        .byCategory(sortedCounts(
            byCategory.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue)),
            total,
            Integer.MAX_VALUE))
        .topLicenses(sortedCounts(byLicense, total, top))
        .build();
  }

  private static List<Count> sortedCounts(Map<String, Long> counts, long total, int limit) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> Count.of(e.getKey(), e.getValue(), total))
        .collect(Collectors.toList());
  }

  private LicenseAuditSection licenseAudit() {
    Map<String, Examples> incompatible = new HashMap<>();
    AuditSummary summary;
    try (Stream<LicensedReuseLink> links = dataset.streamLicensedReuseLinks()) {
      summary = audit.audit(links, verdict -> {
        if (verdict.verdict() == Verdict.INCOMPATIBLE) {
          incompatible
              .computeIfAbsent(
                  verdict.modelLicense().spdx() + "\u0000"
                      + verdict.repositoryLicense().spdx(),
                  k -> new Examples(verdict))
              .add(verdict);
        }
      });
    }
    long links = summary.links();
    List<Inconsistency> inconsistencies = incompatible.values().stream()
        .sorted(Comparator.comparingLong((Examples e) -> -e.links)
            .thenComparing(e -> e.inbound)
            .thenComparing(e -> e.outbound))
        .limit(top)
        .map(Examples::toInconsistency)
        .collect(Collectors.toList());
    Map<String, Long> verdicts = new LinkedHashMap<>();
    summary.byVerdict().forEach((verdict, n) -> verdicts.put(verdict.name(), n));
    Map<String, Long> unmapped = new LinkedHashMap<>();
    summary.unmappedLicenses().entrySet().stream()
        .limit(top)
        .forEach(e -> unmapped.put(e.getKey(), e.getValue()));
    return LicenseAuditSection.builder()
        .links(links)
        .byVerdict(verdicts)
        .byCategoryPair(
            summary.byCategoryPair().stream().map(PairCount::of).collect(Collectors.toList()))
        .byLicensePair(summary.byLicensePair().stream()
            .limit(top)
            .map(PairCount::of)
            .collect(Collectors.toList()))
        .inconsistencies(inconsistencies)
        .unmappedLicenses(unmapped)
        .build();
  }

  /** The incompatible links of one license pair: how many, why, and the first three. */
  private static final class Examples {
    final String inbound;
    final String outbound;
    final List<String> reasons;
    final List<String> examples = new ArrayList<>();
    long links;

    Examples(LinkVerdict first) {
      inbound = first.modelLicense().spdx();
      outbound = first.repositoryLicense().spdx();
      reasons = first.result().reasons();
    }

    void add(LinkVerdict verdict) {
      links++;
      if (examples.size() < 3) {
        examples.add(verdict.model() + " -> " + verdict.repository());
      }
    }

    Inconsistency toInconsistency() {
      return Inconsistency.builder()
          .inbound(inbound)
          .outbound(outbound)
          .links(links)
          .reasons(reasons)
          .examples(examples)
          .build();
    }
  }

  private LineageSection lineage() {
    LineageSection.Builder b = LineageSection.builder();
    long models = one("lineage-totals", (rs, ctx) -> {
      b.models(rs.getLong(1))
          .links(rs.getLong(2))
          .linksInDataset(rs.getLong(3))
          .bases(rs.getLong(4));
      return rs.getLong(1);
    });
    b.mostFineTuned(
        list("lineage-top", top, (rs, ctx) -> Count.of(rs.getString(1), rs.getLong(2), models)));
    b.chainDepth(list(
        "lineage-depth",
        (rs, ctx) -> Count.of(Long.toString(rs.getLong(1)), rs.getLong(2), models)));
    return b.build();
  }
}

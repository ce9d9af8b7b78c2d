package io.github.peatmoss.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.dataset.PeatmossDataset;
import io.github.peatmoss.dataset.SchemaVersion;
import io.github.peatmoss.dataset.internal.Schema;
import io.github.peatmoss.dataset.testing.PeatmossSampleExtension;
import io.github.peatmoss.licenses.LicenseCategory;
import io.github.peatmoss.licenses.LicenseCompatibility;
import io.github.peatmoss.licenses.LicenseNormalizer;
import io.github.peatmoss.licenses.NormalizedLicense;
import io.github.peatmoss.licenses.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every section on the bundled sample, checked against numbers the test computes itself from raw rows read with
 * plain JDBC (counting and joining in Java, not with the report's SQL), and the R2-only sections on an R1 file.
 */
class PeatmossReportTest {
  private static Path sample;
  private static Path r1;
  private static Connection db;

  @BeforeAll
  static void runOnTheSample() throws Exception {
    sample = PeatmossSampleExtension.freshCopy();
    db = DriverManager.getConnection("jdbc:sqlite:" + sample);
    r1 = PeatmossSampleExtension.freshCopy();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + r1);
        Statement s = c.createStatement()) {
      for (String table : Schema.R2_ADDED_TABLES) {
        s.executeUpdate("DROP TABLE \"" + table + "\"");
      }
    }
  }

  @AfterAll
  static void cleanUp() throws Exception {
    db.close();
    Files.deleteIfExists(sample);
    Files.deleteIfExists(r1);
  }

  /**
   * Runs one section on the sample inside the calling test (not once for the class), so that mutation testing
   * attributes the analysis to the tests that check it.
   */
  private static <T extends ReportSection> T run(Section section, Class<T> type) {
    return PeatmossReport.builder()
        .sections(List.of(section))
        .build()
        .run(sample)
        .section(type)
        .orElseThrow();
  }

  private static List<Object[]> rows(String sql) throws SQLException {
    List<Object[]> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = rs.getObject(i + 1);
        }
        out.add(row);
      }
    }
    return out;
  }

  private static long id(Object value) {
    return ((Number) value).longValue();
  }

  private static Map<String, Long> countsOf(List<Count> counts) {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach(c -> out.put(c.name(), c.count()));
    return out;
  }

  private static Map<Long, Set<Long>> modelsOf(String junction, String column) throws SQLException {
    Map<Long, Set<Long>> out = new HashMap<>();
    for (Object[] row : rows("SELECT model_id, " + column + " FROM " + junction)) {
      out.computeIfAbsent(id(row[1]), k -> new HashSet<>()).add(id(row[0]));
    }
    return out;
  }

  private static Map<Long, String> names(String table) throws SQLException {
    Map<Long, String> out = new HashMap<>();
    for (Object[] row : rows("SELECT id, name FROM \"" + table + "\"")) {
      out.put(id(row[0]), (String) row[1]);
    }
    return out;
  }

  private static Map<Long, Long> hubOfModel() throws SQLException {
    Map<Long, Long> out = new HashMap<>();
    for (Object[] row : rows("SELECT id, model_hub_id FROM model")) {
      out.put(id(row[0]), row[1] == null ? -1L : id(row[1]));
    }
    return out;
  }

  @Test
  void report_onADatabaseFile_hasEverySectionInOrder_andNoCaveat() {
    Report report;
    try (PeatmossDataset dataset = PeatmossDataset.open(sample)) {
      report = PeatmossReport.create().run(dataset);
    }
    assertThat(report.sections())
        .extracting(ReportSection::section)
        .containsExactly(Section.values());
    assertThat(report.sections()).noneMatch(SkippedSection.class::isInstance);
    assertThat(report.schema()).isEqualTo(SchemaVersion.R2);
    assertThat(report.caveat()).isEmpty();
  }

  @Test
  void hubs_matchAPlainCountOfModelsByHub() throws SQLException {
    Map<Long, String> hubNames = names("model_hub");
    Map<String, Long> expected = new TreeMap<>();
    hubOfModel()
        .values()
        .forEach(h -> expected.merge(hubNames.getOrDefault(h, "unknown"), 1L, Long::sum));
    HubsSection hubs = run(Section.HUBS, HubsSection.class);
    assertThat(countsOf(hubs.byHub())).isEqualTo(expected);
    assertThat(hubs.models()).isEqualTo(rows("SELECT id FROM model").size());
    assertThat(hubs.byHub().stream().mapToDouble(Count::percent).sum())
        .isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.05));
  }

  @Test
  void snapshots_matchPlainCounts() throws SQLException {
    SnapshotsSection s = run(Section.SNAPSHOTS, SnapshotsSection.class);
    long snapshotted = rows("SELECT has_snapshot FROM model").stream()
        .filter(r -> r[0] != null && id(r[0]) == 1)
        .count();
    assertThat(s.snapshotted()).isEqualTo(snapshotted).isPositive();
    assertThat(s.byHub().stream().mapToLong(HubSnapshots::snapshotted).sum())
        .isEqualTo(snapshotted);
    List<Object[]> commits = rows("SELECT model_id FROM hf_commit");
    assertThat(s.commits()).isEqualTo(commits.size());
    assertThat(s.modelsWithCommits())
        .isEqualTo(commits.stream().map(r -> id(r[0])).distinct().count());
    assertThat(s.discussions()).isEqualTo(rows("SELECT id FROM discussion").size());
    assertThat(s.modelsWithDiscussions())
        .isEqualTo(rows("SELECT DISTINCT model_id FROM discussion").size());
    long models = rows("SELECT id FROM model").size();
    assertThat(s.percent())
        .isCloseTo(100.0 * snapshotted / models, org.assertj.core.data.Offset.offset(0.005));
    assertThat(s.byHub())
        .allSatisfy(h -> assertThat(h.percent())
            .isCloseTo(
                100.0 * h.snapshotted() / h.models(), org.assertj.core.data.Offset.offset(0.005)));
    assertThat(s.ptmIssues()).isEqualTo(rows("SELECT * FROM ptm_issue_to_issue").size());
    assertThat(s.ptmPullRequests())
        .isEqualTo(rows("SELECT * FROM ptm_pull_request_to_pull_request").size());
  }

  @Test
  void reuse_matchesTheLinkTableCountedInJava() throws SQLException {
    List<Object[]> links =
        rows("SELECT model_id, reuse_repository_id FROM model_to_reuse_repository");
    Map<Long, Long> perModel = new HashMap<>();
    links.forEach(l -> perModel.merge(id(l[0]), 1L, Long::sum));
    ReuseSection r = run(Section.REUSE, ReuseSection.class);
    assertThat(r.links()).isEqualTo(links.size()).isPositive();
    assertThat(r.reusedModels()).isEqualTo(perModel.size());
    assertThat(r.linkedRepositories())
        .isEqualTo(links.stream().map(l -> id(l[1])).distinct().count());
    assertThat(r.repositories())
        .isEqualTo(rows("SELECT id FROM reuse_repository").size());
    assertThat(r.reuseFiles()).isEqualTo(rows("SELECT id FROM reuse_file").size());

    Map<Long, Long> distribution = new TreeMap<>();
    perModel.values().forEach(n -> distribution.merge(n, 1L, Long::sum));
    assertThat(
            r.linksPerModel().stream().collect(Collectors.toMap(LinksBin::links, LinksBin::models)))
        .isEqualTo(distribution);
    assertThat(r.linksPerModelBuckets().stream().mapToLong(Count::count).sum())
        .isEqualTo(perModel.size());
    long max = perModel.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    assertThat(r.mostReused().get(0).repositories()).isEqualTo(max);
    assertThat(r.mostReused())
        .hasSize(PeatmossReport.DEFAULT_TOP)
        .isSortedAccordingTo((a, b) -> Long.compare(b.repositories(), a.repositories()));
    List<Long> sorted = perModel.values().stream().sorted().collect(Collectors.toList());
    double median = sorted.size() % 2 == 1
        ? sorted.get(sorted.size() / 2)
        : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
    assertThat(r.medianLinksPerModel()).isEqualTo(median);

    Map<Long, String> hubNames = names("model_hub");
    Map<Long, Long> hubOf = hubOfModel();
    Map<String, Long> linksByHub = new TreeMap<>();
    links.forEach(l ->
        linksByHub.merge(hubNames.getOrDefault(hubOf.get(id(l[0])), "unknown"), 1L, Long::sum));
    assertThat(r.byHub().stream().collect(Collectors.toMap(HubReuse::hub, HubReuse::links)))
        .isEqualTo(linksByHub);
  }

  @Test
  void domainsAndTasks_countDistinctModels_despiteRepeatedRows() throws SQLException {
    DomainsSection d = run(Section.DOMAINS, DomainsSection.class);
    Map<Long, String> domains = names("domain");
    Map<String, Long> expected = new TreeMap<>();
    modelsOf("model_to_domain", "domain_id")
        .forEach((domain, models) -> expected.put(domains.get(domain), (long) models.size()));
    assertThat(countsOf(d.byDomain())).isEqualTo(expected);
    assertThat(d.models())
        .isEqualTo(rows("SELECT DISTINCT model_id FROM model_to_domain").size());
    Map<Long, String> tasks = names("model_task");
    Map<Long, Set<Long>> taskModels = modelsOf("model_to_model_task", "model_task_id");
    assertThat(d.distinctTasks()).isEqualTo(taskModels.size());
    Count top = d.topTasks().get(0);
    long most = taskModels.values().stream().mapToLong(Set::size).max().orElseThrow();
    assertThat(top.count()).isEqualTo(most);
    assertThat(taskModels.get(tasks.entrySet().stream()
            .filter(e -> e.getValue().equals(top.name()))
            .findFirst()
            .orElseThrow()
            .getKey()))
        .hasSize((int) most);

    // Repositories per domain: through the links of the domain's models.
    Map<Long, Set<Long>> reposOfModel = new HashMap<>();
    for (Object[] l : rows("SELECT model_id, reuse_repository_id FROM model_to_reuse_repository")) {
      reposOfModel.computeIfAbsent(id(l[0]), k -> new HashSet<>()).add(id(l[1]));
    }
    Map<String, Long> repositories = new TreeMap<>();
    modelsOf("model_to_domain", "domain_id").forEach((domain, models) -> {
      Set<Long> repos = new HashSet<>();
      models.forEach(m -> repos.addAll(reposOfModel.getOrDefault(m, Set.of())));
      if (!repos.isEmpty()) {
        repositories.put(domains.get(domain), (long) repos.size());
      }
    });
    assertThat(countsOf(d.repositoriesByDomain())).isEqualTo(repositories);
  }

  @Test
  void monthly_countsEachModelInTheMonthOfItsOldestCommit_perDomain() throws SQLException {
    Map<Long, String> oldest = new HashMap<>();
    for (Object[] row : rows("SELECT model_id, created_at FROM hf_commit")) {
      if (row[1] != null) {
        oldest.merge(id(row[0]), (String) row[1], (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    oldest.values().removeIf(created -> created.startsWith("2022-03-02T23:29:04"));
    Map<Long, Set<Long>> domainsOfModel = new HashMap<>();
    modelsOf("model_to_domain", "domain_id")
        .forEach((domain, models) -> models.forEach(
            m -> domainsOfModel.computeIfAbsent(m, k -> new HashSet<>()).add(domain)));
    Map<Long, String> domains = names("domain");
    Map<String, Map<String, Long>> expected = new TreeMap<>();
    oldest.forEach((model, created) -> {
      for (long domain : domainsOfModel.getOrDefault(model, Set.of(-1L))) {
        expected
            .computeIfAbsent(domains.getOrDefault(domain, "unclassified"), k -> new TreeMap<>())
            .merge(created.substring(0, 7), 1L, Long::sum);
      }
    });

    MonthlySection m = run(Section.MONTHLY, MonthlySection.class);
    assertThat(m.breakdown()).isEqualTo("domain");
    assertThat(m.datedModels()).isEqualTo(oldest.size()).isPositive();
    assertThat(m.months())
        .first()
        .isEqualTo(new TreeSet<>(oldest.values()).first().substring(0, 7));
    assertThat(m.months()).hasSizeGreaterThan(6); // the sample spreads creation over many months
    Map<String, Map<String, Long>> actual = new TreeMap<>();
    for (Series s : m.series()) {
      for (int i = 0; i < m.months().size(); i++) {
        if (s.counts().get(i) > 0) {
          actual
              .computeIfAbsent(s.name(), k -> new TreeMap<>())
              .put(m.months().get(i), s.counts().get(i));
        }
      }
      assertThat(s.total())
          .isEqualTo(s.counts().stream().mapToLong(Long::longValue).sum());
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void documentation_sharesMatchSetsOfModelsPerTable() throws SQLException {
    Set<Long> documented = new HashSet<>();
    for (String table : List.of(
        "model_to_domain",
        "model_to_model_task",
        "github_repo",
        "model_to_base_model",
        "evaluation_metric",
        "evaluation_link",
        "demo",
        "model_to_grant",
        "input_format",
        "output_format",
        "parameter_count",
        "model_to_hardware",
        "carbon_emitted",
        "hyper_parameters",
        "limitation_and_bias")) {
      rows("SELECT model_id FROM " + table).forEach(r -> documented.add(id(r[0])));
    }
    DocumentationSection d = run(Section.DOCUMENTATION, DocumentationSection.class);
    assertThat(d.models()).isEqualTo(documented.size());
    Map<String, Long> fields = countsOf(d.fields());
    assertThat(fields).hasSize(20);
    Map<String, String> tables = Map.of(
        "base_model",
        "model_to_base_model",
        "carbon_emitted",
        "carbon_emitted",
        "grant",
        "model_to_grant",
        "license",
        "model_to_license",
        "datasets",
        "model_to_dataset",
        "parameter_count",
        "parameter_count",
        "hardware",
        "model_to_hardware",
        "libraries",
        "model_to_library");
    for (Map.Entry<String, String> e : tables.entrySet()) {
      Set<Long> with = rows("SELECT model_id FROM " + e.getValue()).stream()
          .map(r -> id(r[0]))
          .filter(documented::contains)
          .collect(Collectors.toSet());
      assertThat(fields.get(e.getKey())).as(e.getKey()).isEqualTo(with.size());
    }
    Set<Long> evaluated = new HashSet<>();
    rows("SELECT model_id FROM evaluation_metric UNION ALL SELECT model_id FROM evaluation_link")
        .forEach(r -> evaluated.add(id(r[0])));
    evaluated.retainAll(documented);
    assertThat(fields.get("evaluation")).isEqualTo(evaluated.size());
    assertThat(d.fields()).isSortedAccordingTo((a, b) -> Long.compare(b.count(), a.count()));
  }

  @Test
  void licenses_categoriesMatchTheNormalizerOverEachModelsLicenses() throws SQLException {
    Map<Long, String> licenseNames = names("license");
    Map<Long, List<String>> ofModel = new HashMap<>();
    rows("SELECT id FROM model").forEach(r -> ofModel.put(id(r[0]), new ArrayList<>()));
    for (Object[] row : rows("SELECT model_id, license_id FROM model_to_license")) {
      ofModel.get(id(row[0])).add(licenseNames.get(id(row[1])));
    }
    LicenseNormalizer normalizer = LicenseNormalizer.standard();
    Map<String, Long> expected = new TreeMap<>();
    ofModel.values().forEach(l -> {
      NormalizedLicense n = l.isEmpty() ? normalizer.none() : normalizer.normalizeAll(l);
      expected.merge(n.category().name(), 1L, Long::sum);
    });
    LicensesSection s = run(Section.LICENSES, LicensesSection.class);
    assertThat(countsOf(s.byCategory())).isEqualTo(expected);
    assertThat(s.models()).isEqualTo(ofModel.size());
    assertThat(s.unlicensed())
        .isEqualTo(ofModel.values().stream().filter(List::isEmpty).count())
        .isEqualTo(expected.get(LicenseCategory.NO_LICENSE.name()));
  }

  @Test
  void licenseAudit_verdictsMatchTheCompatibilityCheckOfEachLinkReadWithPlainSql()
      throws SQLException {
    Map<Long, String> licenseNames = names("license");
    Map<Long, List<String>> modelLicenses = new HashMap<>();
    for (Object[] row : rows("SELECT model_id, license_id FROM model_to_license")) {
      modelLicenses
          .computeIfAbsent(id(row[0]), k -> new ArrayList<>())
          .add(licenseNames.get(id(row[1])));
    }
    Map<Long, List<String>> repoLicenses = new HashMap<>();
    for (Object[] row :
        rows("SELECT reuse_repository_id, license_id FROM reuse_repository_to_license")) {
      repoLicenses
          .computeIfAbsent(id(row[0]), k -> new ArrayList<>())
          .add(licenseNames.get(id(row[1])));
    }
    LicenseCompatibility compatibility = LicenseCompatibility.create();
    LicenseNormalizer normalizer = compatibility.normalizer();
    Map<Verdict, Long> expected = new EnumMap<>(Verdict.class);
    Map<String, Long> categoryPairs = new TreeMap<>();
    List<Object[]> links =
        rows("SELECT model_id, reuse_repository_id FROM model_to_reuse_repository");
    for (Object[] link : links) {
      List<String> in = modelLicenses.getOrDefault(id(link[0]), List.of());
      List<String> out = repoLicenses.getOrDefault(id(link[1]), List.of());
      NormalizedLicense inbound = in.isEmpty() ? normalizer.none() : normalizer.normalizeAll(in);
      NormalizedLicense outbound = out.isEmpty() ? normalizer.none() : normalizer.normalizeAll(out);
      expected.merge(compatibility.check(inbound, outbound).verdict(), 1L, Long::sum);
      categoryPairs.merge(
          inbound.category().label() + " -> " + outbound.category().label(), 1L, Long::sum);
    }
    LicenseAuditSection a = run(Section.LICENSE_AUDIT, LicenseAuditSection.class);
    assertThat(a.links()).isEqualTo(links.size());
    Map<String, Long> verdicts = new TreeMap<>();
    expected.forEach((v, n) -> verdicts.put(v.name(), n));
    assertThat(a.byVerdict()).containsAllEntriesOf(verdicts);
    assertThat(a.byCategoryPair().stream()
            .collect(Collectors.toMap(p -> p.inbound() + " -> " + p.outbound(), PairCount::links)))
        .isEqualTo(categoryPairs);
    long incompatible = expected.getOrDefault(Verdict.INCOMPATIBLE, 0L);
    assertThat(incompatible).isPositive();
    assertThat(a.inconsistencies()).isNotEmpty().allSatisfy(i -> {
      assertThat(i.examples()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
      assertThat(i.reasons()).isNotEmpty();
    });
    assertThat(a.inconsistencies().get(0).links())
        .isEqualTo(
            a.byLicensePair().stream().mapToLong(PairCount::incompatible).max().orElse(0));
  }

  @Test
  void lineage_depthsMatchAWalkOverTheBaseModelEdges() throws SQLException {
    Map<Long, Set<Long>> bases =
        new HashMap<>(); // model -> base rows (-1 for a base outside the database)
    Set<String> distinctLinks = new HashSet<>();
    for (Object[] row :
        rows("SELECT model_id, base_model_id, base_model_name FROM model_to_base_model")) {
      bases
          .computeIfAbsent(id(row[0]), k -> new HashSet<>())
          .add(row[1] == null ? -1L : id(row[1]));
      distinctLinks.add(row[0] + "/" + row[1] + "/" + row[2]);
    }
    Map<Long, Long> depths = new TreeMap<>();
    for (long model : bases.keySet()) {
      depths.merge(depth(model, bases, 0), 1L, Long::sum);
    }
    LineageSection l = run(Section.LINEAGE, LineageSection.class);
    assertThat(l.models()).isEqualTo(bases.size()).isPositive();
    assertThat(l.links()).isEqualTo(distinctLinks.size());
    Map<String, Long> expected = new TreeMap<>();
    depths.forEach((d, n) -> expected.put(Long.toString(d), n));
    assertThat(countsOf(l.chainDepth())).isEqualTo(expected);
    assertThat(l.chainDepth())
        .extracting(Count::name)
        .contains("2"); // the sample fine-tunes a fine-tuned model
    assertThat(l.mostFineTuned().get(0).count()).isEqualTo(l.models());
    assertThat(l.mostFineTuned().get(0).percent()).isEqualTo(100.0);
    assertThat(l.chainDepth().stream().mapToDouble(Count::percent).sum())
        .isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.05));
  }

  private static long depth(long model, Map<Long, Set<Long>> bases, int guard) {
    long deepest = 0;
    for (long base : bases.getOrDefault(model, Set.of())) {
      deepest = Math.max(deepest, 1 + (base < 0 || guard > 30 ? 0 : depth(base, bases, guard + 1)));
    }
    return deepest;
  }

  @Test
  void r1File_skipsTheR2OnlySections_withTheirReason_andComputesTheRest() {
    Report onR1 = PeatmossReport.create().run(r1);
    assertThat(onR1.schema()).isEqualTo(SchemaVersion.R1);
    Map<Section, ReportSection> byId =
        onR1.sections().stream().collect(Collectors.toMap(ReportSection::section, s -> s));
    for (Section section :
        List.of(Section.DOMAINS, Section.DOCUMENTATION, Section.LICENSE_AUDIT, Section.LINEAGE)) {
      assertThat(byId.get(section))
          .as(section.name())
          .isInstanceOfSatisfying(SkippedSection.class, s -> {
            assertThat(s.requires()).isEqualTo("R2");
            assertThat(s.skipped())
                .contains("needs the R2")
                .contains("this file is R1")
                .contains("table");
          });
    }
    assertThat(((SkippedSection) byId.get(Section.LINEAGE)).skipped())
        .isEqualTo(
            "needs the R2 (2024, LLM-extracted metadata) table model_to_base_model; this file is R1");
    assertThat(((SkippedSection) byId.get(Section.DOMAINS)).skipped())
        .isEqualTo("needs the R2 (2024, LLM-extracted metadata) tables domain, model_task,"
            + " model_to_domain, model_to_model_task; this file is R1");
    assertThat(byId.get(Section.HUBS)).isInstanceOf(HubsSection.class);
    assertThat(byId.get(Section.REUSE)).isInstanceOf(ReuseSection.class);
    assertThat(byId.get(Section.LICENSES)).isInstanceOf(LicensesSection.class);
    assertThat(byId.get(Section.MONTHLY)).isInstanceOfSatisfying(MonthlySection.class, m -> {
      assertThat(m.breakdown()).isEqualTo("none");
      assertThat(m.series()).extracting(Series::name).containsExactly("all");
      assertThat(m.series().get(0).total()).isEqualTo(m.datedModels());
    });
    assertThat(onR1.jsonFields().get("lineage")).isInstanceOf(SkippedSection.class);
  }

  @Test
  void sample_caveatSaysTheDataIsSyntheticWithItsIncompatibleShare() {
    Report onSample = PeatmossReport.builder()
        .sections(List.of(Section.HUBS, Section.LICENSE_AUDIT))
        .build()
        .runSample();
    assertThat(onSample.database()).isEqualTo("bundled sample");
    assertThat(onSample.sample()).isTrue();
    assertThat(onSample.jsonFields().get("db")).isEqualTo("sample");
    assertThat(onSample.caveat())
        .hasValueSatisfying(c -> assertThat(c)
            .contains("synthetic")
            .containsPattern("\\d+% of its links are incompatible"));
    assertThat(onSample.sections())
        .extracting(ReportSection::section)
        .containsExactly(Section.HUBS, Section.LICENSE_AUDIT);
  }

  @Test
  void sections_parseByOptionNameOrJsonKey_andRejectUnknownNames() {
    assertThat(Section.parse("audit")).isEqualTo(Section.LICENSE_AUDIT);
    assertThat(Section.parse("newPtmsPerMonth")).isEqualTo(Section.MONTHLY);
    assertThat(Section.parse(" Lineage ")).isEqualTo(Section.LINEAGE);
    assertThatThrownBy(() -> Section.parse("trends"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hubs, snapshots, reuse");
  }
}

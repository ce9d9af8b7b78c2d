package io.github.peatmoss.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.model.Discussion;
import io.github.peatmoss.core.model.HfCommit;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseLink;
import io.github.peatmoss.core.model.ReuseRepository;
import io.github.peatmoss.dataset.PeatmossWriter;
import io.github.peatmoss.licenses.LicenseAudit;
import io.github.peatmoss.licenses.LicenseNormalizer;
import io.github.peatmoss.licenses.NormalizedLicense;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure of every section on a seven-model database written with the SDK's writer, small enough that the
 * expected numbers are worked out by hand (in the comments of {@link #writeTheDatabase}): percentages, the
 * median and buckets of links per PTM, empty months, sort orders and ties, the "top" limit.
 */
class SmallDatabaseReportTest {
  @TempDir
  static Path tmp;

  private static Path file;

  private static ModelId m(int n) {
    return ModelId.of("org/m" + n);
  }

  private static RepoRef r(int n) {
    return RepoRef.of("dev", "r" + n);
  }

  /*
   * Models (all on Hugging Face but m7):
   *   m1 snapshot, "my custom license", NLP, fill-mask          -> r5                      (1 link)
   *   m2 snapshot, AGPL-3.0, NLP + Audio, fill-mask + asr       -> r1                      (1 link)
   *   m3 GPL-3.0, Vision, image-classification                  -> r1 r2                   (2 links)
   *   m4 no license                                             -> r1 r2 r3                (3 links)
   *   m5 MIT                                                    -> r1 r2 r3 r4             (4 links)
   *   m6 GPL-3.0                                                -> r1 r2 r3 r4 r5          (5 links)
   *   m7 PyTorch Hub, snapshot, MIT, no links
   * Repositories: r1 r2 r5 MIT, r3 Apache-2.0, r4 BSD-3-Clause, r6 without license or links.
   * Commits: m1 2023-01-15 and 2023-04-02, m2 2023-03-10, m3 the Hub's placeholder date, m4 undated,
   *   m5 2023-03-20. Discussions: two on m1, one on m2.
   */
  @BeforeAll
  static void writeTheDatabase() {
    file = tmp.resolve("small.db");
    List<Model> models = List.of(
        model(1, true, List.of("my custom license"), List.of("NLP"), List.of("fill-mask")),
        model(2, true, List.of("AGPL-3.0"), List.of("NLP", "Audio"), List.of("fill-mask", "asr")),
        model(3, false, List.of("GPL-3.0"), List.of("Vision"), List.of("image-classification")),
        model(4, false, List.of(), List.of(), List.of()),
        model(5, false, List.of("MIT"), List.of(), List.of()),
        model(6, false, List.of("GPL-3.0"), List.of(), List.of()));
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(batch -> {
        models.forEach(batch::upsertModel);
        batch.upsertModel(Model.builder()
            .id(ModelId.of("vision"))
            .hub(ModelHub.PYTORCH_HUB)
            .hasSnapshot(true)
            .addLicenses("MIT")
            .build());
        for (int i = 1; i <= 6; i++) {
          ReuseRepository.Builder repo = ReuseRepository.builder().repository(r(i));
          if (i == 3) {
            repo.addLicenses("Apache-2.0");
          } else if (i == 4) {
            repo.addLicenses("BSD-3-Clause");
          } else if (i != 6) {
            repo.addLicenses("MIT");
          }
          batch.upsertReuseRepository(repo.build());
        }
        link(batch, 1, 5);
        link(batch, 2, 1);
        link(batch, 3, 1, 2);
        link(batch, 4, 1, 2, 3);
        link(batch, 5, 1, 2, 3, 4);
        link(batch, 6, 1, 2, 3, 4, 5);
        commit(batch, 1, "c1", "2023-01-15T10:00:00Z");
        commit(batch, 1, "c2", "2023-04-02T10:00:00Z");
        commit(batch, 2, "c3", "2023-03-10T10:00:00Z");
        commit(batch, 3, "c4", "2022-03-02T23:29:04Z");
        commit(batch, 4, "c5", null);
        commit(batch, 5, "c6", "2023-03-20T10:00:00Z");
        batch.upsertDiscussion(Discussion.builder().model(m(1)).num(1).build());
        batch.upsertDiscussion(Discussion.builder().model(m(1)).num(2).build());
        batch.upsertDiscussion(Discussion.builder().model(m(2)).num(1).build());
      });
    }
  }

  private static Model model(
      int n, boolean snapshot, List<String> licenses, List<String> domains, List<String> tasks) {
    return Model.builder()
        .id(m(n))
        .hub(ModelHub.HUGGING_FACE)
        .hasSnapshot(snapshot)
        .licenses(licenses)
        .domains(domains)
        .tasks(tasks)
        .build();
  }

  private static void link(PeatmossWriter.Batch batch, int model, int... repositories) {
    for (int repository : repositories) {
      batch.upsertReuseLink(
          ReuseLink.builder().model(m(model)).repository(r(repository)).build());
    }
  }

  private static void commit(PeatmossWriter.Batch batch, int model, String id, String at) {
    HfCommit.Builder c = HfCommit.builder().model(m(model)).commitId(id);
    if (at != null) {
      c.createdAt(Instant.parse(at));
    }
    batch.upsertHfCommit(c.build());
  }

  private static <T extends ReportSection> T run(Section section, Class<T> type) {
    return run(PeatmossReport.builder(), section, type);
  }

  private static <T extends ReportSection> T run(
      PeatmossReport.Builder report, Section section, Class<T> type) {
    return report.sections(List.of(section)).build().run(file).section(type).orElseThrow();
  }

  private static List<String> names(List<Count> counts) {
    return counts.stream().map(Count::name).collect(Collectors.toList());
  }

  @Test
  void hubs_countEachModelOnce_withItsShare() {
    HubsSection hubs = run(Section.HUBS, HubsSection.class);
    assertThat(hubs.models()).isEqualTo(7);
    assertThat(hubs.byHub())
        .containsExactly(Count.of("HuggingFace", 6, 7), Count.of("PyTorch", 1, 7));
    assertThat(hubs.byHub().get(0).percent()).isEqualTo(85.71);
  }

  @Test
  void snapshots_sharePerHubAndOverall_andWhatTheyHold() {
    SnapshotsSection s = run(Section.SNAPSHOTS, SnapshotsSection.class);
    assertThat(s.byHub())
        .containsExactly(
            HubSnapshots.builder()
                .hub("HuggingFace")
                .models(6)
                .snapshotted(2)
                .percent(33.33)
                .build(),
            HubSnapshots.builder()
                .hub("PyTorch")
                .models(1)
                .snapshotted(1)
                .percent(100.0)
                .build());
    assertThat(s.snapshotted()).isEqualTo(3);
    assertThat(s.percent()).isEqualTo(42.86);
    assertThat(s.commits()).isEqualTo(6);
    assertThat(s.modelsWithCommits()).isEqualTo(5);
    assertThat(s.discussions()).isEqualTo(3);
    assertThat(s.modelsWithDiscussions()).isEqualTo(2);
    assertThat(s.ptmIssues()).isZero();
    assertThat(s.ptmPullRequests()).isZero();
  }

  @Test
  void reuse_totalsMedianAndPowerOfTwoBuckets() {
    ReuseSection r = run(Section.REUSE, ReuseSection.class);
    assertThat(r.repositories()).isEqualTo(6);
    assertThat(r.linkedRepositories()).isEqualTo(5);
    assertThat(r.links()).isEqualTo(16);
    assertThat(r.reusedModels()).isEqualTo(6);
    assertThat(r.reuseFiles()).isZero();
    assertThat(r.byHub())
        .containsExactly(HubReuse.builder()
            .hub("HuggingFace")
            .links(16)
            .models(6)
            .repositories(5)
            .build());
    assertThat(r.mostReused())
        .extracting(ModelReuse::model, ModelReuse::repositories)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("org/m6", 5L),
            org.assertj.core.groups.Tuple.tuple("org/m5", 4L),
            org.assertj.core.groups.Tuple.tuple("org/m4", 3L),
            org.assertj.core.groups.Tuple.tuple("org/m3", 2L),
            org.assertj.core.groups.Tuple.tuple("org/m1", 1L),
            org.assertj.core.groups.Tuple.tuple("org/m2", 1L));
    assertThat(r.mostReused()).allSatisfy(m -> assertThat(m.hub()).isEqualTo("HuggingFace"));
    assertThat(r.linksPerModel())
        .extracting(LinksBin::links, LinksBin::models)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, 2L),
            org.assertj.core.groups.Tuple.tuple(2L, 1L),
            org.assertj.core.groups.Tuple.tuple(3L, 1L),
            org.assertj.core.groups.Tuple.tuple(4L, 1L),
            org.assertj.core.groups.Tuple.tuple(5L, 1L));
    // Links 1 1 | 2 3 | 4 5: buckets 1, 2-3 and 4-7, two PTMs each.
    assertThat(r.linksPerModelBuckets())
        .containsExactly(Count.of("1", 2, 6), Count.of("2-3", 2, 6), Count.of("4-7", 2, 6));
    // The 3rd and 4th of 1 1 2 3 4 5: the lower middle starts a bin, the upper middle starts the
    // next.
    assertThat(r.medianLinksPerModel()).isEqualTo(2.5);
  }

  @Test
  void reuse_topKeepsTheMostReused() {
    ReuseSection r = run(PeatmossReport.builder().top(2), Section.REUSE, ReuseSection.class);
    assertThat(r.mostReused()).extracting(ModelReuse::model).containsExactly("org/m6", "org/m5");
  }

  @Test
  void domains_distinctModelsPerDomainAndTask_andRepositoriesThroughTheirLinks() {
    DomainsSection d = run(Section.DOMAINS, DomainsSection.class);
    assertThat(d.models()).isEqualTo(3);
    assertThat(d.byDomain())
        .containsExactly(Count.of("NLP", 2, 3), Count.of("Audio", 1, 3), Count.of("Vision", 1, 3));
    assertThat(d.repositoriesByDomain())
        .containsExactly(Count.of("NLP", 2, 0), Count.of("Vision", 2, 0), Count.of("Audio", 1, 0));
    assertThat(d.distinctTasks()).isEqualTo(3);
    assertThat(d.topTasks())
        .containsExactly(
            Count.of("fill-mask", 2, 3),
            Count.of("asr", 1, 3),
            Count.of("image-classification", 1, 3));
    DomainsSection top =
        run(PeatmossReport.builder().top(2), Section.DOMAINS, DomainsSection.class);
    assertThat(names(top.topTasks())).containsExactly("fill-mask", "asr");
    assertThat(top.distinctTasks()).isEqualTo(3);
  }

  @Test
  void monthly_fillsEmptyMonths_leavesOutUndatedModels_andSortsSeriesByTotalThenName() {
    MonthlySection m = run(Section.MONTHLY, MonthlySection.class);
    assertThat(m.breakdown()).isEqualTo("domain");
    assertThat(m.datedModels()).isEqualTo(3);
    assertThat(m.months()).containsExactly("2023-01", "2023-02", "2023-03");
    assertThat(m.series())
        .containsExactly(
            Series.builder().name("NLP").addCounts(1L, 0L, 1L).total(2).build(),
            Series.builder().name("Audio").addCounts(0L, 0L, 1L).total(1).build(),
            Series.builder().name("unclassified").addCounts(0L, 0L, 1L).total(1).build());
  }

  @Test
  void documentation_sharesOfTheDocumentedModels_mostCompleteFirst() {
    DocumentationSection d = run(Section.DOCUMENTATION, DocumentationSection.class);
    assertThat(d.models()).isEqualTo(3); // m1 m2 m3 have a domain or task
    assertThat(d.fields()).hasSize(20);
    assertThat(d.fields().subList(0, 3))
        .containsExactly(
            Count.of("domain", 3, 3), Count.of("model_task", 3, 3), Count.of("license", 3, 3));
    assertThat(d.fields().subList(3, 20)).allSatisfy(c -> assertThat(c.count()).isZero());
    // Ties keep the statement's order.
    assertThat(names(d.fields().subList(3, 6)))
        .containsExactly("libraries", "frameworks", "datasets");
  }

  @Test
  void licenses_byCategoryAndLicense_countingUnlicensedModels() {
    LicenseNormalizer normalizer = LicenseNormalizer.standard();
    NormalizedLicense custom = normalizer.normalize("my custom license");
    String none = normalizer.none().spdx();
    LicensesSection s = run(Section.LICENSES, LicensesSection.class);
    assertThat(s.models()).isEqualTo(7);
    assertThat(s.unlicensed()).isEqualTo(1);
    List<Count> categories = new ArrayList<>(List.of(
        Count.of("PERMISSIVE", 2, 7),
        Count.of("STRONG_COPYLEFT", 2, 7),
        Count.of("NETWORK_COPYLEFT", 1, 7),
        Count.of("NO_LICENSE", 1, 7)));
    categories.add(Count.of(custom.category().name(), 1, 7));
    categories.sort(
        java.util.Comparator.comparingLong(Count::count).reversed().thenComparing(Count::name));
    assertThat(s.byCategory()).containsExactlyElementsOf(categories);
    List<Count> licenses = new ArrayList<>(List.of(
        Count.of("GPL-3.0-only", 2, 7),
        Count.of("MIT", 2, 7),
        Count.of("AGPL-3.0-only", 1, 7),
        Count.of(none, 1, 7),
        Count.of(custom.spdx(), 1, 7)));
    licenses.sort(
        java.util.Comparator.comparingLong(Count::count).reversed().thenComparing(Count::name));
    assertThat(s.topLicenses()).containsExactlyElementsOf(licenses);
    LicensesSection top =
        run(PeatmossReport.builder().top(2), Section.LICENSES, LicensesSection.class);
    assertThat(names(top.topLicenses())).containsExactly("GPL-3.0-only", "MIT");
    assertThat(top.byCategory()).hasSize(5);
  }

  @Test
  void audit_inconsistenciesMostLinksFirst_withAtMostThreeExamples_andUnmappedStrings() {
    LicenseAuditSection a = run(Section.LICENSE_AUDIT, LicenseAuditSection.class);
    assertThat(a.links()).isEqualTo(16);
    assertThat(a.byVerdict().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(16);
    // GPL-3.0 -> MIT: m3-r1 r2 and m6-r1 r2 r5; one link each for AGPL-3.0 -> MIT, GPL-3.0 ->
    // Apache-2.0
    // and GPL-3.0 -> BSD-3-Clause, whose ties the licenses break (model, then repository).
    assertThat(a.inconsistencies())
        .extracting(Inconsistency::inbound, Inconsistency::outbound, Inconsistency::links)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GPL-3.0-only", "MIT", 5L),
            org.assertj.core.groups.Tuple.tuple("AGPL-3.0-only", "MIT", 1L),
            org.assertj.core.groups.Tuple.tuple("GPL-3.0-only", "Apache-2.0", 1L),
            org.assertj.core.groups.Tuple.tuple("GPL-3.0-only", "BSD-3-Clause", 1L));
    Inconsistency gpl = a.inconsistencies().get(0);
    assertThat(gpl.examples())
        .hasSize(3)
        .doesNotHaveDuplicates()
        .isSubsetOf(
            "org/m3 -> dev/r1",
            "org/m3 -> dev/r2",
            "org/m6 -> dev/r1",
            "org/m6 -> dev/r2",
            "org/m6 -> dev/r5");
    assertThat(a.inconsistencies()).allSatisfy(i -> assertThat(i.reasons()).isNotEmpty());
    assertThat(a.inconsistencies().get(1).examples()).containsExactly("org/m2 -> dev/r1");
    assertThat(a.byVerdict()).containsEntry("INCOMPATIBLE", 8L);
    assertThat(a.unmappedLicenses()).containsExactly(Map.entry("my custom license", 1L));

    LicenseAuditSection top = run(
        PeatmossReport.builder().top(2).licenseAudit(LicenseAudit.create()),
        Section.LICENSE_AUDIT,
        LicenseAuditSection.class);
    assertThat(top.inconsistencies()).extracting(Inconsistency::links).containsExactly(5L, 1L);
    assertThat(top.byLicensePair()).hasSize(2);
  }

  @Test
  void listener_hearsEachSectionStartAndFinish_inOrder() {
    List<String> heard = new ArrayList<>();
    Report report = PeatmossReport.builder()
        .sections(List.of(Section.LINEAGE, Section.HUBS))
        .listener(new ReportListener() {
          @Override
          public void started(Section section, int index, int total) {
            heard.add("started " + section + " " + index + "/" + total);
          }

          @Override
          public void finished(ReportSection result, int index, int total) {
            heard.add("finished " + result.section() + " " + index + "/" + total);
          }
        })
        .build()
        .run(file);
    assertThat(heard)
        .containsExactly(
            "started HUBS 1/2", "finished HUBS 1/2", "started LINEAGE 2/2", "finished LINEAGE 2/2");
    assertThat(report.database()).isEqualTo(file.toString());
    assertThat(report.jsonFields().get("db")).isEqualTo(file.toString());
  }

  @Test
  void anEmptyDatabase_hasZeroFigures_andNoRows() {
    Path empty = tmp.resolve("empty.db");
    try (PeatmossWriter writer = PeatmossWriter.open(empty)) {
      writer.write(batch -> {});
    }
    Report report = PeatmossReport.create().run(empty);
    ReuseSection reuse = report.section(ReuseSection.class).orElseThrow();
    assertThat(reuse.links()).isZero();
    assertThat(reuse.medianLinksPerModel()).isZero();
    assertThat(reuse.linksPerModelBuckets()).isEmpty();
    MonthlySection monthly = report.section(MonthlySection.class).orElseThrow();
    assertThat(monthly.months()).isEmpty();
    assertThat(monthly.series()).isEmpty();
    assertThat(report.section(HubsSection.class).orElseThrow().models()).isZero();
  }

  @Test
  void builder_rejectsBadOptions() {
    assertThatThrownBy(() -> PeatmossReport.builder().top(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("top must be >= 1: 0");
    assertThat(PeatmossReport.builder()
            .top(1)
            .sections(List.of(Section.HUBS))
            .build()
            .run(file)
            .sections())
        .hasSize(1);
    assertThatThrownBy(() -> PeatmossReport.builder().sections(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("choose at least one section");
    assertThatThrownBy(() -> PeatmossReport.builder().licenseAudit(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("audit == null");
    assertThatThrownBy(() -> PeatmossReport.builder().listener(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("listener == null");
  }
}

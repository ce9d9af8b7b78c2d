package io.github.peatmoss.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each section's tables as text, from hand-built values: every row, caption, note and alignment. */
class TextReportSectionsTest {
  private static List<String> print(ReportSection section) {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      TextReport.writeSection(section, out);
    }
    return text.toString().lines().toList();
  }

  @Test
  void hubs_totalRow_isAHundredPercent_orZeroForAnEmptyFile() {
    assertThat(
            print(HubsSection.builder().models(4).addByHub(Count.of("HF", 4, 4)).build()))
        .containsExactly(
            "== PTMs per hub ==",
            "   hub    PTMs   share",
            "   HF        4  100.0%",
            "   total     4  100.0%");
    assertThat(print(HubsSection.builder().models(0).build()))
        .containsExactly("== PTMs per hub ==", "   hub    PTMs  share", "   total     0   0.0%");
  }

  @Test
  void snapshots_byHubTotalsAndContents() {
    SnapshotsSection s = SnapshotsSection.builder()
        .snapshotted(3)
        .percent(30.0)
        .addByHub(HubSnapshots.builder()
            .hub("HF")
            .models(8)
            .snapshotted(3)
            .percent(37.5)
            .build())
        .addByHub(
            HubSnapshots.builder().hub("PT").models(2).snapshotted(0).percent(0).build())
        .commits(1234)
        .modelsWithCommits(3)
        .discussions(5)
        .modelsWithDiscussions(2)
        .ptmIssues(7)
        .ptmPullRequests(9)
        .build();
    assertThat(print(s))
        .containsExactly(
            "== Snapshots ==",
            "   hub    PTMs  snapshotted  share",
            "   HF        8            3  37.5%",
            "   PT        2            0   0.0%",
            "   total    10            3  30.0%",
            "",
            "What the snapshots hold:",
            "   record                                    count  PTMs",
            "   Hugging Face commits                      1,234     3",
            "   Hugging Face discussions and PRs              5     2",
            "   GitHub issues of PTM repositories             7     -",
            "   GitHub pull requests of PTM repositories      9     -");
  }

  @Test
  void reuse_totalsRanksAndDistribution() {
    ReuseSection s = ReuseSection.builder()
        .repositories(10)
        .linkedRepositories(4)
        .links(6)
        .reusedModels(3)
        .reuseFiles(8)
        .medianLinksPerModel(1.5)
        .addByHub(
            HubReuse.builder().hub("HF").links(6).models(3).repositories(4).build())
        .addMostReused(
            ModelReuse.builder().model("a/b").hub("HF").repositories(3).build())
        .addMostReused(
            ModelReuse.builder().model("c/d").hub("HF").repositories(1).build())
        .addLinksPerModel(LinksBin.builder().links(1).models(2).build())
        .addLinksPerModelBuckets(Count.of("1", 2, 3), Count.of("2-5", 1, 3))
        .build();
    assertThat(print(s))
        .containsSequence(
            "   what                         count  share",
            "   downstream repositories         10",
            "     with a link to a PTM           4  40.0%",
            "   PTM-to-repository links          6",
            "   reused PTMs                      3",
            "   reuse files                      8",
            "   median links per reused PTM    1.5")
        .containsSequence(
            "Links by hub of the reused PTM:",
            "   hub  links   share  PTMs  repositories",
            "   HF       6  100.0%     3             4")
        .containsSequence(
            "Most reused PTMs:",
            "   rank  PTM  hub  repositories",
            "      1  a/b  HF              3",
            "      2  c/d  HF              1")
        .containsSequence(
            "Links per reused PTM:",
            "   links  PTMs  share",
            "       1     2  66.7%",
            "     2-5     1  33.3%");
  }

  @Test
  void reuse_ranksHaveThousandsSeparators() {
    ReuseSection.Builder b = ReuseSection.builder()
        .repositories(1)
        .linkedRepositories(1)
        .links(1_000)
        .reusedModels(1_000)
        .reuseFiles(0)
        .medianLinksPerModel(1);
    for (int i = 1; i <= 1_000; i++) {
      b.addMostReused(
          ModelReuse.builder().model("m" + i).hub("HF").repositories(1).build());
    }
    assertThat(print(b.build()))
        .anySatisfy(l -> assertThat(l).startsWith("     999  m999 "))
        .anySatisfy(l -> assertThat(l).startsWith("   1,000  m1000 "));
  }

  @Test
  void domains_joinRepositoriesByDomain_defaultingToZero() {
    DomainsSection s = DomainsSection.builder()
        .models(5)
        .addByDomain(Count.of("NLP", 4, 5), Count.of("Audio", 1, 5))
        .addRepositoriesByDomain(Count.of("NLP", 2_000, 2_000))
        .distinctTasks(12)
        .addTopTasks(Count.of("fill-mask", 3, 5))
        .build();
    assertThat(print(s))
        .containsSequence(
            "   domain  PTMs  share  repositories reusing them",
            "   NLP        4  80.0%                      2,000",
            "   Audio      1  20.0%                          0",
            "  5 PTMs have a domain; a PTM may have several.")
        .containsSequence(
            "Top tasks (12 distinct):", "   task       PTMs  share", "   fill-mask     3  60.0%");
  }

  @Test
  void monthly_sumsAllSeries_showsAtMostSix_andSaysHowItSplits() {
    MonthlySection.Builder b = MonthlySection.builder()
        .datedModels(28)
        .breakdown("domain")
        .addMonths("2023-01", "2023-02");
    for (int i = 1; i <= 7; i++) {
      b.addSeries(
          Series.builder().name("d" + i).addCounts(1L, (long) i).total(1 + i).build());
    }
    List<String> lines = print(b.build());
    assertThat(lines.get(1)).isEqualTo("     month  new PTMs  d1  d2  d3  d4  d5  d6");
    assertThat(lines.get(2)).isEqualTo("   2023-01         7   1   1   1   1   1   1");
    assertThat(lines.get(3)).isEqualTo("   2023-02        28   1   2   3   4   5   6");
    assertThat(lines.get(4))
        .isEqualTo(
            "  28 PTMs dated by their oldest commit; a PTM with several domains is counted in each.");
    assertThat(lines).hasSize(5);

    List<String> empty =
        print(MonthlySection.builder().datedModels(0).breakdown("none").build());
    assertThat(empty)
        .containsExactly(
            "== New PTMs per month and domain ==",
            "   month  new PTMs",
            "  (none)",
            "  0 PTMs dated by their oldest commit; no domains in this file (R1), so no split by domain.",
            "  No PTM has a dated commit in this file.");
  }

  @Test
  void documentation_licensesAndLineage() {
    assertThat(print(DocumentationSection.builder()
            .models(1_500)
            .addFields(Count.of("datasets", 750, 1_500))
            .build()))
        .containsExactly(
            "== Documentation completeness per metadata field ==",
            "   metadata field  PTMs with a value  share",
            "   datasets                      750  50.0%",
            "  Share of the 1,500 PTMs with extracted metadata (a row in any R2-only table).");
    assertThat(print(LicensesSection.builder()
            .models(4)
            .unlicensed(1)
            .addByCategory(Count.of("PERMISSIVE", 3, 4))
            .addTopLicenses(Count.of("MIT", 2, 4))
            .build()))
        .contains(
            "  4 PTMs, 1 without a license; several licenses combine as AND (the most restrictive category).",
            "Top licenses (normalised to SPDX):",
            "   MIT         2  50.0%");
    List<String> lineage = print(LineageSection.builder()
        .models(3)
        .bases(2)
        .links(4)
        .linksInDataset(1)
        .addMostFineTuned(Count.of("bert-base", 2, 3))
        .addChainDepth(Count.of("1", 3, 3))
        .build());
    assertThat(lineage)
        .containsSequence(
            "   what                          count",
            "   PTMs naming a base model          3",
            "   distinct base models              2",
            "   model-to-base links               4",
            "     to a base in this database      1")
        .contains(
            "Most fine-tuned base models:",
            "   bert-base                 2  66.7%",
            "Depth of fine-tuning chains:");
  }

  @Test
  void audit_pairsInconsistenciesAndUnmappedStrings() {
    LicenseAuditSection s = LicenseAuditSection.builder()
        .links(4)
        .putByVerdict("INCOMPATIBLE", 1L)
        .addByCategoryPair(PairCount.builder()
            .inbound("Copyleft")
            .outbound("Permissive")
            .links(4)
            .compatible(1)
            .conditional(1)
            .unknown(1)
            .incompatible(1)
            .build())
        .addInconsistencies(Inconsistency.builder()
            .inbound("GPL-3.0")
            .outbound("MIT")
            .links(1)
            .addReasons("copyleft into permissive", "no exception")
            .addExamples("a/b -> c/d")
            .build())
        .addInconsistencies(
            Inconsistency.builder().inbound("X").outbound("Y").links(2).build())
        .putUnmappedLicense("my license", 2L)
        .build();
    assertThat(print(s))
        .containsSequence("   verdict       links  share", "   INCOMPATIBLE      1  25.0%")
        .containsSequence(
            "By category pair (model -> repository):",
            "   model category  repository category  links  compatible  conditional  unknown  incompatible",
            "   Copyleft        Permissive               4           1            1        1             1")
        .containsSequence(
            "Top license pairs (model -> repository):",
            "   model license  repository license  links  compatible  conditional  unknown  incompatible",
            "  (none)")
        .containsSequence(
            "   model license  repository license  links  example",
            "   GPL-3.0        MIT                     1  a/b -> c/d",
            "   X              Y                       2",
            "  GPL-3.0 -> MIT: copyleft into permissive; no exception")
        .containsSequence(
            "License strings that could not be mapped:",
            "   license string  links  share",
            "   my license          2  50.0%");
    LicenseAuditSection clean = LicenseAuditSection.builder().links(0).build();
    assertThat(print(clean)).noneMatch(l -> l.startsWith("License strings"));
  }

  @Test
  void percent_roundsToTwoDecimals_andIsZeroForAnEmptyTotal() {
    assertThat(Percent.of(1, 3)).isEqualTo(33.33);
    assertThat(Percent.of(2, 3)).isEqualTo(66.67);
    assertThat(Percent.of(5, 0)).isEqualTo(0.0);
    assertThat(Count.of("x", 1, 8).percent()).isEqualTo(12.5);
  }

  @Test
  void sections_knowTheirSchema_andParseEveryName() {
    assertThat(Section.LINEAGE.schema()).isEqualTo("R2");
    assertThat(Section.HUBS.schema()).isEqualTo("R1");
    assertThat(Section.parse(" LICENSE_AUDIT ")).isEqualTo(Section.LICENSE_AUDIT);
    assertThat(Section.parse("LicenseAudit")).isEqualTo(Section.LICENSE_AUDIT);
    assertThat(Section.parse("audit")).isEqualTo(Section.LICENSE_AUDIT);
    assertThat(Section.HUBS.tables()).containsExactlyInAnyOrder("model", "model_hub");
    assertThatThrownBy(() -> Section.parse("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown report section 'nope'; choose from hubs, snapshots, reuse, domains, monthly,"
                + " documentation, licenses, audit, lineage");
  }
}

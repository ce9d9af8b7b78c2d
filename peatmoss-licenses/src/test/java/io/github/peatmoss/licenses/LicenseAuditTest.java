package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.LicensedReuseLink;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LicenseAuditTest {
  private static LicensedReuseLink link(
      String model, List<String> modelLicenses, String repo, List<String> repoLicenses) {
    return LicensedReuseLink.builder()
        .model(ModelId.of(model))
        .modelLicenses(modelLicenses)
        .repository(RepoRef.parse(repo))
        .repositoryLicenses(repoLicenses)
        .build();
  }

  private static final List<LicensedReuseLink> LINKS = List.of(
      link("acme/bert-tiny", List.of("apache-2.0"), "alice/app", List.of("mit")),
      link("acme/bert-tiny", List.of("apache-2.0"), "bob/tool", List.of("GPL-2.0")),
      link(
          "bigscience/bloom-560m",
          List.of("bigscience-bloom-rail-1.0"),
          "carol/chat",
          List.of("apache-2.0")),
      link("acme/gpl-model", List.of("gpl-3.0"), "dave/demo", List.of()),
      link("acme/gpl-model", List.of("gpl-3.0"), "erin/lib", List.of("mit")),
      link("acme/nc-model", List.of("cc-by-nc-4.0"), "frank/site", List.of("mit")),
      link("acme/odd", List.of("see LICENSE.md"), "gina/x", List.of("mit")),
      link("acme/mixed", List.of("mit", "cc-by-nc-4.0"), "hank/y", List.of("cc-by-nc-4.0")),
      link("acme/bert-tiny", List.of("apache-2.0"), "ivan/z", List.of("mit")));

  @Test
  void audit_givesEachLinkItsVerdictInInputOrder() {
    AuditReport report = LicenseAudit.create().audit(LINKS);
    assertThat(report.links())
        .extracting(LinkVerdict::verdict)
        .containsExactly(
            Verdict.COMPATIBLE,
            Verdict.INCOMPATIBLE,
            Verdict.CONDITIONAL,
            Verdict.INCOMPATIBLE,
            Verdict.INCOMPATIBLE,
            Verdict.INCOMPATIBLE,
            Verdict.UNKNOWN,
            Verdict.COMPATIBLE,
            Verdict.COMPATIBLE);
    LinkVerdict gpl2 = report.links().get(1);
    assertThat(gpl2.model()).isEqualTo(ModelId.of("acme/bert-tiny"));
    assertThat(gpl2.repository()).isEqualTo(RepoRef.parse("bob/tool"));
    assertThat(gpl2.repositoryLicense().spdx()).isEqualTo("GPL-2.0-only");
    assertThat(gpl2.result().reasons()).anySatisfy(r -> assertThat(r).contains("patent"));
    assertThat(report.links().get(3).repositoryLicense().spdx()).isEqualTo("NONE");
  }

  @Test
  void audit_summarisesByVerdictLicensePairAndCategoryPair() {
    AuditSummary summary = LicenseAudit.create().audit(LINKS.stream()).summary();
    assertThat(summary.links()).isEqualTo(9);
    assertThat(summary.byVerdict())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(Verdict.COMPATIBLE, 3L),
            org.assertj.core.api.Assertions.entry(Verdict.CONDITIONAL, 1L),
            org.assertj.core.api.Assertions.entry(Verdict.UNKNOWN, 1L),
            org.assertj.core.api.Assertions.entry(Verdict.INCOMPATIBLE, 4L));
    PairSummary top = summary.byLicensePair().get(0);
    assertThat(top.inbound()).isEqualTo("Apache-2.0");
    assertThat(top.outbound()).isEqualTo("MIT");
    assertThat(top.links()).isEqualTo(2);
    assertThat(top.byVerdict()).containsOnlyKeys(Verdict.COMPATIBLE);
    assertThat(summary.byLicensePair()).hasSize(8);
    assertThat(summary.byCategoryPair()).anySatisfy(p -> {
      assertThat(p.inbound()).isEqualTo("permissive");
      assertThat(p.outbound()).isEqualTo("permissive");
      assertThat(p.links()).isEqualTo(2);
    });
    assertThat(summary.byCategoryPair()).anySatisfy(p -> {
      assertThat(p.inbound()).isEqualTo("permissive");
      assertThat(p.outbound()).isEqualTo("strong copyleft");
      assertThat(p.byVerdict()).containsEntry(Verdict.INCOMPATIBLE, 1L);
    });
    assertThat(summary.byCategoryPair().stream().mapToLong(PairSummary::links).sum())
        .isEqualTo(9);
    assertThat(summary.unmappedLicenses())
        .containsExactly(org.assertj.core.api.Assertions.entry("see LICENSE.md", 1L));
  }

  @Test
  void audit_streaming_handsOutEachVerdictAndKeepsNoList() {
    List<Verdict> seen = new ArrayList<>();
    AuditSummary summary = LicenseAudit.create()
        .audit(Stream.concat(LINKS.stream(), LINKS.stream()), v -> seen.add(v.verdict()));
    assertThat(seen).hasSize(18);
    assertThat(summary.links()).isEqualTo(18);
    assertThat(summary.byVerdict().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(18);
  }

  @Test
  void audit_withMatrix_usesTheOverride() {
    LicenseCompatibility withMatrix = LicenseCompatibility.builder()
        .matrix(CompatibilityMatrix.readOsadlJson(
            LicenseCompatibilityTest.fixture("seqexpl-small.json")))
        .build();
    AuditReport report = LicenseAudit.using(withMatrix).audit(List.of(LINKS.get(4)));
    assertThat(report.links().get(0).verdict()).isEqualTo(Verdict.COMPATIBLE);
  }

  @Test
  void audit_emptyInput_isAnEmptySummaryWithEveryVerdictAtZero() {
    AuditSummary summary = LicenseAudit.create().audit(List.of()).summary();
    assertThat(summary.links()).isZero();
    assertThat(summary.byVerdict())
        .hasSize(4)
        .allSatisfy((k, v) -> assertThat(v).isZero());
    assertThat(summary.byLicensePair()).isEmpty();
  }
}

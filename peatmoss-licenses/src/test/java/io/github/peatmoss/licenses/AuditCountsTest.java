package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.peatmoss.core.model.LicensedReuseLink;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit summary's counts: unmapped names from both sides, ordering, zero verdicts. */
class AuditCountsTest {
  private static LicensedReuseLink link(
      List<String> model, String repo, List<String> repoLicenses) {
    return LicensedReuseLink.builder()
        .model(ModelId.of("acme/m"))
        .modelLicenses(model)
        .repository(RepoRef.parse(repo))
        .repositoryLicenses(repoLicenses)
        .build();
  }

  @Test
  void unmappedNames_areCountedOnBothSides_mostFrequentFirst_thenByName() {
    AuditSummary summary = LicenseAudit.create()
        .audit(List.of(
            link(List.of("mit"), "a/one", List.of("our own terms")),
            link(List.of("see LICENSE.md"), "a/two", List.of("our own terms")),
            link(List.of("mit"), "a/three", List.of("another text", "mit")),
            link(List.of("a custom one"), "a/four", List.of("mit"))))
        .summary();
    assertThat(summary.unmappedLicenses())
        .containsExactly(
            entry("our own terms", 2L),
            entry("a custom one", 1L),
            entry("another text", 1L),
            entry("see LICENSE.md", 1L));
    assertThat(summary.links()).isEqualTo(4);
    assertThat(summary.byVerdict().keySet()).containsExactly(Verdict.values());
    assertThat(summary.byVerdict().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(4);
  }

  @Test
  void pairs_areOrderedByLinksDescending_thenByInboundAndOutbound() {
    AuditSummary summary = LicenseAudit.create()
        .audit(List.of(
            link(List.of("mit"), "a/one", List.of("isc")),
            link(List.of("apache-2.0"), "a/two", List.of("mit")),
            link(List.of("apache-2.0"), "a/three", List.of("mit")),
            link(List.of("apache-2.0"), "a/four", List.of("isc")),
            link(List.of("mit"), "a/five", List.of("apache-2.0"))))
        .summary();
    assertThat(summary.byLicensePair())
        .extracting(p -> p.inbound() + " -> " + p.outbound() + " x" + p.links())
        .containsExactly(
            "Apache-2.0 -> MIT x2",
            "Apache-2.0 -> ISC x1",
            "MIT -> Apache-2.0 x1",
            "MIT -> ISC x1");
    assertThat(summary.byLicensePair().get(0).byVerdict()).containsEntry(Verdict.COMPATIBLE, 2L);
  }
}

package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.LicenseUse;
import io.github.peatmoss.core.model.LicensedReuseLink;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseUseAndSuggestTest {
  private final LicenseCompatibility compatibility = LicenseCompatibility.create();

  @ParameterizedTest(name = "{0} in {1}: redistribute {2}, run time {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gpl-3.0                   | MIT        | INCOMPATIBLE | COMPATIBLE   | GPL-3.0 section 2",
        "cc-by-sa-4.0              | MIT        | INCOMPATIBLE | COMPATIBLE   | bind only on distribution",
        "cc-by-nd-4.0              | MIT        | CONDITIONAL  | COMPATIBLE   | bind only on distribution",
        "openrail                  | GPL-3.0-only | INCOMPATIBLE | CONDITIONAL | use-based restrictions bind at run time",
        "bigscience-bloom-rail-1.0 | Apache-2.0 | CONDITIONAL  | CONDITIONAL  | use-based restrictions bind at run time",
        "llama2                    | MIT        | CONDITIONAL  | CONDITIONAL  | acceptable use policy",
        "cc-by-nc-4.0              | MIT        | INCOMPATIBLE | CONDITIONAL  | run it only non-commercially",
        "agpl-3.0                  | MIT        | INCOMPATIBLE | CONDITIONAL  | AGPL-3.0 section 13",
        "apache-2.0                | GPL-2.0-only | INCOMPATIBLE | COMPATIBLE | notices need keeping only when",
        "other                     | MIT        | UNKNOWN      | UNKNOWN      | terms are not known",
      })
  void runtimeUse_differsFromRedistribution_whereTheLicenseSaysSo(
      String inbound, String outbound, Verdict redistribute, Verdict runtime, String reason) {
    assertThat(compatibility.check(inbound, outbound).verdict()).isEqualTo(redistribute);
    assertThat(compatibility.check(inbound, outbound, LicenseUse.REDISTRIBUTE).verdict())
        .isEqualTo(redistribute);
    CompatibilityResult r = compatibility.check(inbound, outbound, LicenseUse.RUNTIME);
    assertThat(r.verdict()).as(r.toString()).isEqualTo(runtime);
    assertThat(r.use()).isEqualTo(LicenseUse.RUNTIME);
    assertThat(String.join(" ", r.reasons())).contains(reason);
  }

  @Test
  void runtimeUse_ofRestrictedModels_keepsTheObligationsThatBindOnUse() {
    assertThat(compatibility.check("llama2", "MIT", LicenseUse.RUNTIME).obligations())
        .containsExactly(
            Obligation.PASS_DOWN_USE_RESTRICTIONS,
            Obligation.LLAMA_TERMS,
            Obligation.NO_TRAINING_OTHER_MODELS);
    assertThat(compatibility.check("cc-by-nc-4.0", "MIT", LicenseUse.RUNTIME).obligations())
        .containsExactly(Obligation.NON_COMMERCIAL);
  }

  @Test
  void audit_usesEachLinksUse() {
    LicensedReuseLink link = LicensedReuseLink.builder()
        .model(ModelId.of("acme/gpl"))
        .modelLicenses(List.of("gpl-3.0"))
        .repository(RepoRef.parse("alice/app"))
        .repositoryLicenses(List.of("mit"))
        .build();
    assertThat(link.use()).isEqualTo(LicenseUse.REDISTRIBUTE);
    AuditReport report = LicenseAudit.create()
        .audit(List.of(link, link.toBuilder().use(LicenseUse.RUNTIME).build()));
    assertThat(report.links())
        .extracting(LinkVerdict::verdict)
        .containsExactly(Verdict.INCOMPATIBLE, Verdict.COMPATIBLE);
  }

  @Test
  void suggest_permissiveAndRailModels_bestFirstWithObligations() {
    OutboundSuggestions s =
        compatibility.suggestOutbound(List.of("apache-2.0", "creativeml-openrail-m"));
    assertThat(s.inbound())
        .isEqualTo("Apache-2.0 AND LicenseRef-scancode-stable-diffusion-2022-08-22");
    assertThat(s.conflict()).isEmpty();
    assertThat(s.candidates())
        .extracting(CompatibilityResult::outbound)
        .startsWith("LicenseRef-scancode-stable-diffusion-2022-08-22")
        .contains("MIT", "Apache-2.0")
        .doesNotContain("GPL-3.0-only", "AGPL-3.0-only", "CC-BY-SA-4.0");
    assertThat(s.candidates().get(0).verdict()).isEqualTo(Verdict.COMPATIBLE);
    CompatibilityResult mit = s.candidates().stream()
        .filter(r -> r.outbound().equals("MIT"))
        .findFirst()
        .get();
    assertThat(mit.verdict()).isEqualTo(Verdict.CONDITIONAL);
    assertThat(mit.obligations()).contains(Obligation.PASS_DOWN_USE_RESTRICTIONS);
  }

  @Test
  void suggest_gplModel_offersTheGplFamilyOnly() {
    OutboundSuggestions s = compatibility.suggestOutbound(List.of("gpl-3.0", "mit"));
    assertThat(s.candidates())
        .extracting(CompatibilityResult::outbound)
        .containsExactly("GPL-3.0-only", "AGPL-3.0-or-later", "AGPL-3.0-only");
    assertThat(s.candidates().get(0).verdict()).isEqualTo(Verdict.COMPATIBLE);
  }

  @Test
  void suggest_conflictingInbound_namesThePair() {
    OutboundSuggestions s =
        compatibility.suggestOutbound(List.of("mit", "GPL-2.0-only", "Apache-2.0"));
    assertThat(s.candidates()).isEmpty();
    assertThat(s.conflict()).get().satisfies(c -> {
      assertThat(c.inbound()).isEqualTo("GPL-2.0-only");
      assertThat(c.outbound()).isEqualTo("Apache-2.0");
      assertThat(c.verdict()).isEqualTo(Verdict.INCOMPATIBLE);
    });
    OutboundSuggestions nc = compatibility.suggestOutbound(List.of("cc-by-nc-4.0", "gpl-3.0"));
    assertThat(nc.candidates()).isEmpty();
    assertThat(nc.conflict())
        .get()
        .extracting(CompatibilityResult::inbound)
        .isEqualTo("CC-BY-NC-4.0");
  }

  @Test
  void suggest_atRunTime_allowsPermissiveProjectsForCopyleftModels() {
    OutboundSuggestions s = compatibility.suggestOutbound(List.of("gpl-3.0"), LicenseUse.RUNTIME);
    assertThat(s.use()).isEqualTo(LicenseUse.RUNTIME);
    assertThat(s.candidates()).extracting(CompatibilityResult::outbound).startsWith("MIT");
  }
}

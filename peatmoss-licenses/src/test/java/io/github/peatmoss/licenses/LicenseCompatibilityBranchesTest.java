package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.LicenseUse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each branch of the compatibility rules, with the reasons it gives in the order it gives them. */
class LicenseCompatibilityBranchesTest {
  private final LicenseCompatibility compatibility = LicenseCompatibility.create();
  private final LicenseNormalizer n = compatibility.normalizer();

  private CompatibilityResult check(String inbound, String outbound) {
    return compatibility.check(inbound, outbound);
  }

  @Test
  void severalInbound_noneIsNone_oneIsItself_aLicenseWithoutExpressionDecides() {
    CompatibilityResult none = compatibility.check(List.of(), n.normalize("MIT"));
    assertThat(none.inbound()).isEqualTo("NONE");
    assertThat(none.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(none.reasons()).singleElement().asString().startsWith("no license is recorded");
    CompatibilityResult one =
        compatibility.check(List.of(n.normalize("gpl-3.0")), n.normalize("MIT"));
    assertThat(one.inbound()).isEqualTo("GPL-3.0-only");
    assertThat(one.verdict()).isEqualTo(Verdict.INCOMPATIBLE);
    CompatibilityResult unidentified = compatibility.check(
        List.of(n.normalize("MIT"), n.normalize("NOASSERTION")), n.normalize("MIT"));
    assertThat(unidentified.inbound()).isEqualTo("NOASSERTION");
    assertThat(unidentified.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(unidentified.reasons())
        .containsExactly("the reused model's license was not identified (NOASSERTION)");
  }

  @Test
  void or_theFirstOfTheBestChoicesIsNamed() {
    assertThat(check("MIT OR ISC", "Apache-2.0").reasons().get(0))
        .isEqualTo("of the inbound choices in 'MIT OR ISC', MIT works best");
    assertThat(check("GPL-3.0-only OR MIT", "Apache-2.0").reasons().get(0))
        .isEqualTo("of the inbound choices in 'GPL-3.0-only OR MIT', MIT works best");
  }

  @Test
  void and_theFirstOfTheWorstDecides_andItsReasonsComeFirst() {
    assertThat(check("MIT AND ISC", "Apache-2.0").reasons().get(0))
        .isEqualTo("all inbound licenses in 'MIT AND ISC' apply; MIT decides");
    CompatibilityResult r = check("MIT AND GPL-3.0-only", "MIT");
    assertThat(r.verdict()).isEqualTo(Verdict.INCOMPATIBLE);
    assertThat(r.reasons()).hasSize(3);
    assertThat(r.reasons().get(0))
        .isEqualTo("all inbound licenses in 'MIT AND GPL-3.0-only' apply; GPL-3.0-only decides");
    assertThat(r.reasons().get(1)).startsWith("GPL-3.0-only is ");
    assertThat(r.reasons().get(2)).isEqualTo("same license on both sides: MIT");
  }

  @Test
  void copyleft_namesWhatTheDerivedWorkMayBeLicensedUnder() {
    String strong = LicenseCategory.STRONG_COPYLEFT.label();
    String permissive = LicenseCategory.PERMISSIVE.label();
    assertThat(check("GPL-3.0-only", "MIT").reasons())
        .containsExactly("GPL-3.0-only is " + strong + ": the derived work must be licensed under"
            + " GPL-3.0-only, which MIT (" + permissive + ") is not");
    assertThat(check("GPL-2.0-or-later", "MIT").reasons())
        .containsExactly(
            "GPL-2.0-or-later is " + strong + ": the derived work must be licensed under"
                + " GPL-2.0-or-later or GPL-2.0-only, GPL-3.0-only, GPL-3.0-or-later, which MIT ("
                + permissive + ") is not");
  }

  @Test
  void anUnknownOutbound_cannotSayWhetherTheConditionIsKept() {
    assertThat(check("GPL-3.0-only", "LicenseRef-x").reasons())
        .contains("cannot tell whether LicenseRef-x satisfies GPL-3.0-only's copyleft");
    assertThat(check("CC-BY-SA-4.0", "LicenseRef-x").reasons())
        .contains(
            "cannot tell whether LicenseRef-x satisfies CC-BY-SA-4.0's share-alike condition");
    CompatibilityResult rail = check("openrail", "LicenseRef-x");
    assertThat(rail.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(rail.reasons())
        .contains(
            "cannot tell whether LicenseRef-x carries LicenseRef-openrail-unversioned's use-based"
                + " restrictions");
  }

  @Test
  void anExceptionOnTheOutboundSide_keepsCompatibleFactsAndTheSameLicense() {
    CompatibilityResult lgpl = check("LGPL-2.1-only", "GPL-2.0-only WITH Classpath-exception-2.0");
    assertThat(lgpl.verdict()).isEqualTo(Verdict.COMPATIBLE);
    assertThat(String.join(" ", lgpl.reasons())).contains("section 3");
    CompatibilityResult apache = check("Apache-2.0", "GPL-2.0-only WITH Classpath-exception-2.0");
    assertThat(apache.verdict())
        .as("an incompatible fact about the base is not carried over")
        .isEqualTo(Verdict.COMPATIBLE);
    assertThat(apache.reasons()).singleElement().asString().startsWith("Apache-2.0 is permissive");
    CompatibilityResult gpl = check("GPL-3.0-only", "GPL-3.0-only WITH GCC-exception-3.1");
    assertThat(gpl.verdict()).isEqualTo(Verdict.COMPATIBLE);
    assertThat(gpl.reasons())
        .containsExactly("GPL-3.0-only WITH GCC-exception-3.1 satisfies GPL-3.0-only's copyleft");
    CompatibilityResult weak = check("LGPL-2.1-only", "LGPL-2.1-only WITH LLVM-exception");
    assertThat(weak.verdict()).isEqualTo(Verdict.COMPATIBLE);
    assertThat(weak.reasons())
        .containsExactly("LGPL-2.1-only fits under LGPL-2.1-only WITH LLVM-exception");
  }

  @Test
  void aProjectWithoutLicense_isNamedSo() {
    assertThat(check("LGPL-2.1-only", "").reasons())
        .singleElement()
        .asString()
        .endsWith("the rest of the project may stay under its own terms");
    assertThat(check("LGPL-2.1-only", "MIT").reasons())
        .singleElement()
        .asString()
        .endsWith("the rest of the project may stay under MIT");
    assertThat(check("creativeml-openrail-m", "").reasons())
        .anySatisfy(r -> assertThat(r)
            .endsWith("the project has no license, so any terms it gives must include them"));
    assertThat(check("creativeml-openrail-m", "MIT").reasons())
        .anySatisfy(r -> assertThat(r).endsWith("a plain MIT license does not carry them"));
  }

  @Test
  void noTrainingOfOtherModels_aloneMakesItConditional_withTheLicensesNote() {
    CompatibilityResult r = check("grok2-community", "MIT");
    assertThat(r.verdict()).isEqualTo(Verdict.CONDITIONAL);
    assertThat(r.reasons())
        .contains(
            KnowledgeBase.DEFAULT.entry("LicenseRef-hf-grok2-community").get().note());
  }

  @Test
  void runtime_unknownAndProprietaryLicenses() {
    CompatibilityResult unknown = compatibility.check("see the website", "MIT", LicenseUse.RUNTIME);
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(unknown.reasons())
        .containsExactly(
            "'LicenseRef-unmapped-see-the-website' is not in the knowledge base; its terms"
                + " for running it are not known");
    CompatibilityResult commercial =
        compatibility.check("LicenseRef-scancode-commercial-license", "MIT", LicenseUse.RUNTIME);
    assertThat(commercial.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(commercial.reasons())
        .containsExactly("LicenseRef-scancode-commercial-license has commercial terms: running it"
            + " depends on that agreement");
    assertThat(check("MIT", "ISC").use()).isEqualTo(LicenseUse.REDISTRIBUTE);
  }

  @Test
  void matrix_cellsWithoutExplanation_areQuotedAlone() {
    CompatibilityMatrix matrix =
        CompatibilityMatrix.readOsadlJson(LicenseCompatibilityTest.fixture("flat-small.json"));
    String source = LicenseCompatibilityTest.fixture("flat-small.json").toString();
    assertThat(matrix.source()).isEqualTo(source);
    assertThat(matrix).hasToString("CompatibilityMatrix[" + source + ", 2 licenses, 4 cells]");
    assertThat(LicenseCompatibility.builder()
            .matrix(matrix)
            .build()
            .check("MIT", "ISC")
            .reasons())
        .containsExactly("external matrix " + source + ": ISC <- MIT is 'No'");
  }

  @Test
  void suggestions_areSortedByVerdictThenByNumberOfObligations() {
    OutboundSuggestions s = compatibility.suggestOutbound(List.of("GPL-3.0-only OR MIT"));
    List<CompatibilityResult> c = s.candidates();
    assertThat(c).extracting(CompatibilityResult::outbound).contains("CC-BY-4.0", "GPL-3.0-only");
    for (int i = 1; i < c.size(); i++) {
      CompatibilityResult a = c.get(i - 1);
      CompatibilityResult b = c.get(i);
      assertThat(a.verdict()).isLessThanOrEqualTo(b.verdict());
      if (a.verdict() == b.verdict()) {
        assertThat(a.obligations().size())
            .as("%s before %s", a.outbound(), b.outbound())
            .isLessThanOrEqualTo(b.obligations().size());
      }
    }
  }

  @Test
  void suggestions_includeTheKnownLeavesOfTheInboundExpressions() {
    assertThat(compatibility.suggestOutbound(List.of("Zlib AND ISC")).candidates())
        .extracting(CompatibilityResult::outbound)
        .contains("Zlib", "MIT");
  }
}

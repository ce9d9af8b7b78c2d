package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The expression laws of the check: inbound OR takes the best option, AND the worst; outbound OR the best. */
class LicenseCompatibilityPropertyTest {
  private final LicenseCompatibility compatibility = LicenseCompatibility.create();
  private final LicenseNormalizer normalizer = LicenseNormalizer.standard();

  @Provide
  Arbitrary<String> licenses() {
    return Arbitraries.of(
        "MIT",
        "Apache-2.0",
        "GPL-2.0-only",
        "GPL-2.0-or-later",
        "GPL-3.0-only",
        "LGPL-2.1-only",
        "MPL-2.0",
        "AGPL-3.0-only",
        "CC-BY-SA-4.0",
        "CC-BY-NC-4.0",
        "CC-BY-ND-4.0",
        "CC0-1.0",
        "BSD-4-Clause",
        "LicenseRef-hf-gemma",
        "LicenseRef-scancode-llama-2-license-2023",
        "LicenseRef-openrail-unversioned",
        "LicenseRef-hf-other",
        "LicenseRef-unmapped-x",
        "GPL-2.0-only WITH Classpath-exception-2.0",
        "EPL-2.0");
  }

  private Verdict verdict(String inbound, String outbound) {
    return compatibility
        .check(normalizer.normalize(inbound), normalizer.normalize(outbound))
        .verdict();
  }

  @Property
  void inboundOr_isTheBestOption(
      @ForAll("licenses") String a, @ForAll("licenses") String b, @ForAll("licenses") String out) {
    assertThat(verdict("(" + a + ") OR (" + b + ")", out))
        .isEqualTo(Verdict.best(verdict(a, out), verdict(b, out)));
  }

  @Property
  void inboundAnd_isTheWorstPart(
      @ForAll("licenses") String a, @ForAll("licenses") String b, @ForAll("licenses") String out) {
    assertThat(verdict("(" + a + ") AND (" + b + ")", out))
        .isEqualTo(Verdict.worst(verdict(a, out), verdict(b, out)));
  }

  @Property
  void outboundOr_isTheBestOption(
      @ForAll("licenses") String in, @ForAll("licenses") String a, @ForAll("licenses") String b) {
    assertThat(verdict(in, "(" + a + ") OR (" + b + ")"))
        .isEqualTo(Verdict.best(verdict(in, a), verdict(in, b)));
  }

  @Property
  void sameLicense_isCompatible(@ForAll("licenses") String license) {
    assertThat(verdict(license, license)).isEqualTo(Verdict.COMPATIBLE);
  }

  @Property
  void result_alwaysHasAReason_andIncompatibleHasNoObligations(
      @ForAll("licenses") String in, @ForAll("licenses") String out) {
    CompatibilityResult r =
        compatibility.check(normalizer.normalize(in), normalizer.normalize(out));
    assertThat(r.reasons()).isNotEmpty();
    if (r.verdict() == Verdict.INCOMPATIBLE) {
      assertThat(r.obligations()).isEmpty();
    }
  }

  @Property
  void addingAnOrAlternative_neverMakesTheAnswerWorse(
      @ForAll("licenses") String a, @ForAll("licenses") String b, @ForAll("licenses") String out) {
    assertThat(verdict("(" + a + ") OR (" + b + ")", out)).isLessThanOrEqualTo(verdict(a, out));
    assertThat(verdict(out, "(" + a + ") OR (" + b + ")")).isLessThanOrEqualTo(verdict(out, a));
  }

  @Property
  void addingAnAndOperand_neverMakesTheAnswerBetter(
      @ForAll("licenses") String a, @ForAll("licenses") String b, @ForAll("licenses") String out) {
    assertThat(verdict("(" + a + ") AND (" + b + ")", out)).isGreaterThanOrEqualTo(verdict(a, out));
  }

  @Property(tries = 200)
  void suggest_onlyReturnsLicensesThatCheckAcceptsForEveryInbound(
      @ForAll("inboundLists") java.util.List<String> inbound) {
    OutboundSuggestions s = compatibility.suggestOutbound(inbound);
    for (CompatibilityResult candidate : s.candidates()) {
      for (String in : inbound) {
        assertThat(verdict(in, candidate.outbound()))
            .as("%s in %s", in, candidate.outbound())
            .isIn(Verdict.COMPATIBLE, Verdict.CONDITIONAL);
      }
    }
    if (!s.candidates().isEmpty()) {
      assertThat(s.conflict()).isEmpty();
    }
  }

  @Provide
  Arbitrary<java.util.List<String>> inboundLists() {
    return licenses().list().ofMinSize(1).ofMaxSize(4);
  }
}

package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LicenseNormalizerPropertyTest {
  private final LicenseNormalizer normalizer = LicenseNormalizer.standard();

  /** Any string normalises without an exception, to a parsable SPDX text, and unmapped only with a reason. */
  @Property
  void normalize_anyString_givesAParsableResultAndReasonWhenUnmapped(@ForAll String text) {
    check(text);
  }

  @Property
  void normalize_licenseLikeWordSoup_givesAParsableResultAndReasonWhenUnmapped(
      @ForAll("soup") String text) {
    check(text);
  }

  @Provide
  Arbitrary<String> soup() {
    return Arbitraries.of(
            "MIT",
            "apache",
            "2.0",
            "GPL",
            "v3",
            "+",
            "or later",
            "BSD",
            "3-clause",
            "CC",
            "BY",
            "NC",
            "SA",
            "4.0",
            "License",
            "and",
            "or",
            "/",
            ",",
            " ",
            "(",
            ")",
            "llama",
            "2",
            "openrail++",
            "LicenseRef-",
            "WITH",
            "Classpath-exception-2.0",
            "public domain",
            "none",
            "NOASSERTION",
            "-plus")
        .list()
        .ofMaxSize(8)
        .map(parts -> String.join(" ", parts));
  }

  /** Checking any two strings gives a verdict with a reason: nothing escapes, whatever the input. */
  @Property
  void compatibilityCheck_anyTwoStrings_givesAVerdictWithAReason(
      @ForAll("soup") String inbound, @ForAll String outbound) {
    CompatibilityResult r = LicenseCompatibility.create().check(inbound, outbound);
    assertThat(r.verdict()).isNotNull();
    assertThat(r.reasons()).isNotEmpty();
  }

  private void check(String text) {
    NormalizedLicense n = normalizer.normalize(text);
    assertThat(n.input()).isEqualTo(text);
    if (n.expression().isPresent()) {
      assertThat(LicenseExpression.parse(n.spdx())).isEqualTo(n.expression().get());
    } else {
      assertThat(n.spdx()).isIn("NONE", "NOASSERTION");
    }
    if (!n.isMapped()) {
      assertThat(n.reason()).isPresent();
      assertThat(n.category()).isEqualTo(LicenseCategory.UNKNOWN);
    }
  }
}

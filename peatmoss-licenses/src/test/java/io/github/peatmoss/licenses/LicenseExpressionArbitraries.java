package io.github.peatmoss.licenses;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of license expression trees for the property tests. */
final class LicenseExpressionArbitraries {
  static final List<String> IDS = List.of(
      "MIT",
      "Apache-2.0",
      "GPL-2.0-only",
      "GPL-3.0-or-later",
      "LGPL-2.1",
      "BSD-3-Clause",
      "CC-BY-4.0",
      "CC-BY-NC-SA-4.0",
      "etalab-2.0",
      "0BSD",
      "MPL-2.0",
      "EPL-2.0",
      "GPL-2.0+",
      "OpenMDW-1.0",
      "C-UDA-1.0",
      "LGPLLR",
      "Unlicense",
      "ISC",
      "AGPL-3.0-only",
      "CDLA-Sharing-1.0");
  static final List<String> EXCEPTIONS = List.of(
      "Classpath-exception-2.0",
      "LLVM-exception",
      "GCC-exception-3.1",
      "Bison-exception-2.2",
      "freertos-exception-2.0");

  private LicenseExpressionArbitraries() {}

  static Arbitrary<String> idstrings() {
    return Arbitraries.strings().withChars("abcXYZ019.-").ofMinLength(1).ofMaxLength(8);
  }

  static Arbitrary<SimpleExpression> simples() {
    Arbitrary<SimpleExpression> listed = Combinators.combine(
            Arbitraries.of(IDS), Arbitraries.of(false, true))
        .as((id, plus) ->
            plus && !id.endsWith("+") ? ListedLicense.of(id).orLater() : ListedLicense.of(id));
    Arbitrary<SimpleExpression> refs = Arbitraries.oneOf(
        idstrings().map(LicenseRef::of),
        Combinators.combine(idstrings(), idstrings()).as(LicenseRef::of));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, listed), net.jqwik.api.Tuple.of(1, refs));
  }

  static Arbitrary<LicenseExpression> leaves() {
    Arbitrary<Addition> additions = Arbitraries.oneOf(
        Arbitraries.of(EXCEPTIONS).map(Addition::exception),
        idstrings().map(Addition::additionRef));
    Arbitrary<LicenseExpression> with =
        Combinators.combine(simples(), additions).as(WithExpression::of);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, simples().map(s -> (LicenseExpression) s)),
        net.jqwik.api.Tuple.of(1, with));
  }

  static Arbitrary<LicenseExpression> trees() {
    return Arbitraries.recursive(
        LicenseExpressionArbitraries::leaves, LicenseExpressionArbitraries::compounds, 0, 4);
  }

  private static Arbitrary<LicenseExpression> compounds(Arbitrary<LicenseExpression> operands) {
    return Combinators.combine(
            Arbitraries.of(CompoundExpression.Operator.class),
            operands.list().ofMinSize(2).ofMaxSize(3))
        .as((op, list) -> (LicenseExpression) CompoundExpression.of(op, list));
  }
}

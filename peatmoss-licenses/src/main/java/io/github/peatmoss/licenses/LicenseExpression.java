package io.github.peatmoss.licenses;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An SPDX license expression as an immutable tree: a {@link SimpleExpression} (a listed license, optionally
 * {@code +}, or a {@code LicenseRef-}), a {@link WithExpression} ({@code simple WITH exception}) or a {@link
 * CompoundExpression} ({@code AND} / {@code OR} over two or more operands). {@code toString()} prints the
 * canonical form: ids in the list's case, operators in upper case, parentheses only where precedence needs them;
 * parsing that text gives back an equal tree. Thread-safe.
 */
public sealed interface LicenseExpression
    permits SimpleExpression, WithExpression, CompoundExpression {

  /**
   * Parses {@code text} strictly per SPDX 3.0.1: operators all upper or all lower case, license and exception
   * ids from the SPDX License List (matched case-insensitively), {@code +} right after a license id,
   * {@code WITH} only after a single license.
   *
   * @throws LicenseExpressionException naming the position of the first problem and what was expected there
   */
  static LicenseExpression parse(String text) {
    return ExpressionParser.parse(text, false, SpdxLicenseList.standard()).expression();
  }

  /**
   * Parses {@code text} accepting common real-world slips that strict parsing rejects: operators in mixed case,
   * a space before {@code +}, line breaks, {@code licenseref-} in any case, characters outside the SPDX id
   * alphabet in a {@code LicenseRef-} (replaced by {@code -}), and {@code (id) WITH exception}. Unknown license
   * ids are still errors: map them with {@link LicenseNormalizer}.
   *
   * @throws LicenseExpressionException naming the position of the first problem and what was expected there
   */
  static LicenseExpression parseLenient(String text) {
    return ExpressionParser.parse(text, true, SpdxLicenseList.standard()).expression();
  }

  /** Returns {@code left AND right AND ...}, flattening nested {@code AND}s. */
  static LicenseExpression and(LicenseExpression first, LicenseExpression... more) {
    return CompoundExpression.of(CompoundExpression.Operator.AND, concat(first, more));
  }

  /** Returns {@code left OR right OR ...}, flattening nested {@code OR}s. */
  static LicenseExpression or(LicenseExpression first, LicenseExpression... more) {
    return CompoundExpression.of(CompoundExpression.Operator.OR, concat(first, more));
  }

  /** Returns the listed license {@code id} (case-insensitive), printed in the list's canonical case. */
  static ListedLicense license(String id) {
    return ListedLicense.of(id);
  }

  /** Returns every simple expression (license or {@code LicenseRef-}) in the tree, left to right. */
  default List<SimpleExpression> simpleExpressions() {
    List<SimpleExpression> out = new ArrayList<>();
    collect(this, out);
    return Collections.unmodifiableList(out);
  }

  private static void collect(LicenseExpression e, List<SimpleExpression> out) {
    if (e instanceof SimpleExpression s) {
      out.add(s);
    } else if (e instanceof WithExpression w) {
      out.add(w.license());
    } else {
      for (LicenseExpression operand : ((CompoundExpression) e).operands()) {
        collect(operand, out);
      }
    }
  }

  private static List<LicenseExpression> concat(
      LicenseExpression first, LicenseExpression... more) {
    Objects.requireNonNull(first, "first == null");
    Objects.requireNonNull(more, "more == null");
    List<LicenseExpression> all = new ArrayList<>();
    all.add(first);
    all.addAll(Arrays.asList(more));
    return all;
  }
}

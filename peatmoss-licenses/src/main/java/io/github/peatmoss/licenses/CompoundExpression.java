package io.github.peatmoss.licenses;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Two or more operands joined by one operator, {@code AND} (all apply) or {@code OR} (a choice). Nested
 * operands with the same operator are flattened, so {@code A AND (B AND C)} equals {@code A AND B AND C};
 * operand order is kept (SPDX calls both operators commutative, but order is what users wrote). Immutable and
 * thread-safe.
 */
public final class CompoundExpression implements LicenseExpression {
  /** The operator of a compound expression; {@code AND} binds tighter than {@code OR}. */
  public enum Operator {
    /** Every operand applies. */
    AND,
    /** One operand may be chosen. */
    OR
  }

  private final Operator operator;
  private final List<LicenseExpression> operands;

  private CompoundExpression(Operator operator, List<LicenseExpression> operands) {
    this.operator = operator;
    this.operands = operands;
  }

  /**
   * Returns the operands joined by {@code operator}, flattening operands that use the same operator.
   *
   * @throws IllegalArgumentException if fewer than two operands are given
   */
  public static CompoundExpression of(
      Operator operator, List<? extends LicenseExpression> operands) {
    Objects.requireNonNull(operator, "operator == null");
    Objects.requireNonNull(operands, "operands == null");
    List<LicenseExpression> flat = new ArrayList<>();
    for (LicenseExpression operand : operands) {
      Objects.requireNonNull(operand, "operands contains null");
      if (operand instanceof CompoundExpression c && c.operator == operator) {
        flat.addAll(c.operands);
      } else {
        flat.add(operand);
      }
    }
    if (flat.size() < 2) {
      throw new IllegalArgumentException(
          operator + " needs at least two operands, got " + flat.size());
    }
    return new CompoundExpression(operator, Collections.unmodifiableList(flat));
  }

  /** Returns the operator. */
  public Operator operator() {
    return operator;
  }

  /** Returns the operands, two or more, none with this operator. */
  public List<LicenseExpression> operands() {
    return operands;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompoundExpression other
        && other.operator == operator
        && other.operands.equals(operands);
  }

  @Override
  public int hashCode() {
    return operator.hashCode() * 31 + operands.hashCode();
  }

  /** Returns the canonical text: upper-case operator, parentheses only around an {@code OR} inside an {@code AND}. */
  @Override
  public String toString() {
    return operands.stream()
        .map(o -> operator == Operator.AND && o instanceof CompoundExpression
            ? "(" + o + ")"
            : o.toString())
        .collect(Collectors.joining(" " + operator + " "));
  }
}

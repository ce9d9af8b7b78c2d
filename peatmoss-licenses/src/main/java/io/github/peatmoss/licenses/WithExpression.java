package io.github.peatmoss.licenses;

import java.util.Objects;

/** {@code license WITH addition}: a single license modified by an exception or addition. Immutable, thread-safe. */
public final class WithExpression implements LicenseExpression {
  private final SimpleExpression license;
  private final Addition addition;

  private WithExpression(SimpleExpression license, Addition addition) {
    this.license = license;
    this.addition = addition;
  }

  /** Returns {@code license WITH addition}. */
  public static WithExpression of(SimpleExpression license, Addition addition) {
    return new WithExpression(
        Objects.requireNonNull(license, "license == null"),
        Objects.requireNonNull(addition, "addition == null"));
  }

  /** Returns the license the addition applies to. */
  public SimpleExpression license() {
    return license;
  }

  /** Returns the exception or addition. */
  public Addition addition() {
    return addition;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WithExpression other
        && other.license.equals(license)
        && other.addition.equals(addition);
  }

  @Override
  public int hashCode() {
    return license.hashCode() * 31 + addition.hashCode();
  }

  /** Returns the canonical text, e.g. {@code GPL-2.0-only WITH Classpath-exception-2.0}. */
  @Override
  public String toString() {
    return license + " WITH " + addition;
  }
}

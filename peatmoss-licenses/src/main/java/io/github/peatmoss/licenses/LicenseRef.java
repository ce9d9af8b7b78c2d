package io.github.peatmoss.licenses;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A user-defined license, {@code [DocumentRef-doc:]LicenseRef-name}. Per SPDX 3.0.1 only the variable parts are
 * case-insensitive: equality ignores their case, {@link #toString()} keeps the case given. Immutable and
 * thread-safe.
 */
public final class LicenseRef implements SimpleExpression {
  static final Pattern IDSTRING = Pattern.compile("[A-Za-z0-9.\\-]+");

  private final Optional<String> documentRef;
  private final String name;

  LicenseRef(Optional<String> documentRef, String name) {
    this.documentRef = documentRef;
    this.name = name;
  }

  /**
   * Returns {@code LicenseRef-name}.
   *
   * @throws IllegalArgumentException if {@code name} is empty or holds characters other than letters, digits,
   *     {@code -} and {@code .}
   */
  public static LicenseRef of(String name) {
    return new LicenseRef(Optional.empty(), checkIdstring(name, "name"));
  }

  /**
   * Returns {@code DocumentRef-documentRef:LicenseRef-name}.
   *
   * @throws IllegalArgumentException if either part is empty or holds characters other than letters, digits,
   *     {@code -} and {@code .}
   */
  public static LicenseRef of(String documentRef, String name) {
    return new LicenseRef(
        Optional.of(checkIdstring(documentRef, "documentRef")), checkIdstring(name, "name"));
  }

  static String checkIdstring(String value, String what) {
    Objects.requireNonNull(value, what + " == null");
    if (!IDSTRING.matcher(value).matches()) {
      throw new IllegalArgumentException("invalid " + what + " '" + value
          + "': use one or more letters, digits, '-' or '.' (SPDX idstring)");
    }
    return value;
  }

  /** Returns the part after {@code DocumentRef-}, if the reference points into another document. */
  public Optional<String> documentRef() {
    return documentRef;
  }

  /** Returns the part after {@code LicenseRef-}. */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LicenseRef other
        && other.name.equalsIgnoreCase(name)
        && other
            .documentRef
            .map(d -> d.toLowerCase(Locale.ROOT))
            .equals(documentRef.map(d -> d.toLowerCase(Locale.ROOT)));
  }

  @Override
  public int hashCode() {
    return name.toLowerCase(Locale.ROOT).hashCode() * 31
        + documentRef.map(d -> d.toLowerCase(Locale.ROOT).hashCode()).orElse(0);
  }

  /** Returns the canonical text, e.g. {@code LicenseRef-hf-llama3} or {@code DocumentRef-a:LicenseRef-b}. */
  @Override
  public String toString() {
    return documentRef.map(d -> "DocumentRef-" + d + ":").orElse("") + "LicenseRef-" + name;
  }
}

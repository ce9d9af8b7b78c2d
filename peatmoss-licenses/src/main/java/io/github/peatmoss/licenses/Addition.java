package io.github.peatmoss.licenses;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The right operand of {@code WITH}: a license exception from the SPDX License List, or (SPDX 3.0) a
 * user-defined {@code [DocumentRef-doc:]AdditionRef-name}. Immutable and thread-safe.
 */
public final class Addition {
  private final Optional<SpdxExceptionEntry> exception;
  private final Optional<String> documentRef;
  private final String refName;

  private Addition(
      Optional<SpdxExceptionEntry> exception, Optional<String> documentRef, String refName) {
    this.exception = exception;
    this.documentRef = documentRef;
    this.refName = refName;
  }

  static Addition listed(SpdxExceptionEntry entry) {
    return new Addition(Optional.of(entry), Optional.empty(), "");
  }

  static Addition ref(Optional<String> documentRef, String name) {
    return new Addition(Optional.empty(), documentRef, name);
  }

  /**
   * Returns the listed exception {@code id}, matched case-insensitively.
   *
   * @throws IllegalArgumentException if the id is not an exception on the SPDX License List
   */
  public static Addition exception(String id) {
    Objects.requireNonNull(id, "id == null");
    SpdxLicenseList list = SpdxLicenseList.standard();
    return listed(list.findException(id)
        .orElseThrow(() -> new IllegalArgumentException(
            "'" + id + "' is not a license exception on the SPDX License List " + list.version()
                + "; use Addition.additionRef(..) for other additions")));
  }

  /**
   * Returns {@code AdditionRef-name}.
   *
   * @throws IllegalArgumentException if {@code name} is not an SPDX idstring
   */
  public static Addition additionRef(String name) {
    return ref(Optional.empty(), LicenseRef.checkIdstring(name, "name"));
  }

  /** Returns the listed exception, or empty for an {@code AdditionRef-}. */
  public Optional<SpdxExceptionEntry> exception() {
    return exception;
  }

  /** Returns whether this is a user-defined {@code AdditionRef-}. */
  public boolean isRef() {
    return exception.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Addition other)) {
      return false;
    }
    return key().equals(other.key());
  }

  private String key() {
    return exception.map(e -> e.id()).orElseGet(() -> toString().toLowerCase(Locale.ROOT));
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }

  /** Returns the canonical text, e.g. {@code Classpath-exception-2.0} or {@code AdditionRef-x}. */
  @Override
  public String toString() {
    return exception
        .map(SpdxExceptionEntry::id)
        .orElseGet(() ->
            documentRef.map(d -> "DocumentRef-" + d + ":").orElse("") + "AdditionRef-" + refName);
  }
}

package io.github.peatmoss.licenses;

import java.util.Objects;

/**
 * A license from the SPDX License List, optionally followed by {@code +} ("this version or any later one").
 * The id is kept in the list's canonical case, so equality is exact. Immutable and thread-safe.
 */
public final class ListedLicense implements SimpleExpression {
  private final SpdxLicenseEntry entry;
  private final boolean orLater;

  ListedLicense(SpdxLicenseEntry entry, boolean orLater) {
    this.entry = entry;
    this.orLater = orLater;
  }

  /**
   * Returns the listed license {@code id}, matched case-insensitively; a trailing {@code +} becomes {@link
   * #isOrLater()}.
   *
   * @throws IllegalArgumentException if the id is not on the SPDX License List
   */
  public static ListedLicense of(String id) {
    Objects.requireNonNull(id, "id == null");
    SpdxLicenseList list = SpdxLicenseList.standard();
    if (id.endsWith("+") && list.findLicense(id.substring(0, id.length() - 1)).isPresent()) {
      // Deprecated list ids such as GPL-2.0+ are the id GPL-2.0 followed by '+', as a parser reads
      // them.
      return of(id.substring(0, id.length() - 1)).orLater();
    }
    return new ListedLicense(
        list.findLicense(id)
            .orElseThrow(
                () -> new IllegalArgumentException(
                    "'" + id + "' is not on the SPDX License List " + list.version()
                        + "; use LicenseRef.of(..) for other licenses or LicenseNormalizer to map a free-text name")),
        false);
  }

  /** Returns the id in canonical case, without {@code +}. */
  public String id() {
    return entry.id();
  }

  /** Returns the list entry (name, deprecated and OSI flags). */
  public SpdxLicenseEntry entry() {
    return entry;
  }

  /** Returns whether the id is followed by {@code +}. */
  public boolean isOrLater() {
    return orLater;
  }

  /** Returns this license with {@code +}. */
  public ListedLicense orLater() {
    return new ListedLicense(entry, true);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ListedLicense other
        && other.entry.id().equals(entry.id())
        && other.orLater == orLater;
  }

  @Override
  public int hashCode() {
    return entry.id().hashCode() * 31 + (orLater ? 1 : 0);
  }

  /** Returns the canonical text, e.g. {@code GPL-2.0-or-later} or {@code LGPL-2.1+}. */
  @Override
  public String toString() {
    return orLater ? entry.id() + "+" : entry.id();
  }
}

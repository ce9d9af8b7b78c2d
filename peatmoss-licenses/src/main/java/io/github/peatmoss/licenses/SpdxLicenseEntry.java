package io.github.peatmoss.licenses;

import java.util.Optional;
import org.immutables.value.Value;

/** One license of the SPDX License List: its id in canonical case, full name and flags. */
@Value.Immutable
public interface SpdxLicenseEntry {
  /** Returns the short identifier in canonical case, e.g. {@code Apache-2.0}. */
  String id();

  /** Returns the full name, e.g. {@code Apache License 2.0}. */
  String name();

  /** Returns whether the SPDX project deprecated this id (e.g. {@code GPL-2.0} in favour of {@code GPL-2.0-only}). */
  boolean isDeprecated();

  /** Returns whether the Open Source Initiative approved the license. */
  boolean isOsiApproved();

  /** Returns whether the FSF lists the license as free (libre), when the list says so. */
  Optional<Boolean> fsfLibre();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SpdxLicenseEntry} values; not thread-safe. */
  final class Builder extends ImmutableSpdxLicenseEntry.Builder {}
}

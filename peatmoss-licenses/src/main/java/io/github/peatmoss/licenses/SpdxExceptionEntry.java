package io.github.peatmoss.licenses;

import org.immutables.value.Value;

/** One license exception of the SPDX License List (the right operand of {@code WITH}). */
@Value.Immutable
public interface SpdxExceptionEntry {
  /** Returns the short identifier in canonical case, e.g. {@code Classpath-exception-2.0}. */
  String id();

  /** Returns the full name. */
  String name();

  /** Returns whether the SPDX project deprecated this id. */
  boolean isDeprecated();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SpdxExceptionEntry} values; not thread-safe. */
  final class Builder extends ImmutableSpdxExceptionEntry.Builder {}
}

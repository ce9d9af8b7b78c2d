package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** The part of a source that supports an extracted value, so a reader can check it. */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidence.class)
@JsonDeserialize(as = ImmutableEvidence.class)
public interface Evidence {

  /** Returns the source the value was read from, for example {@code README.md}, {@code tags} or an API field. */
  String source();

  /** Returns the quoted text that supports the value. */
  Optional<String> quote();

  /** Returns the character offset of the quote in the source, when located. */
  OptionalInt offset();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link Evidence} values; not thread-safe. */
  final class Builder extends ImmutableEvidence.Builder {}
}

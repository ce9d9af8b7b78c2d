package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A reused model and the number of downstream repositories linked to it. */
@Value.Immutable
@JsonSerialize(as = ImmutableModelReuse.class)
public interface ModelReuse {
  /** Returns the model name as stored ({@code context_id}). */
  String model();

  /** Returns the model hub. */
  String hub();

  /** Returns the number of repositories that reuse it. */
  long repositories();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ModelReuse} values; not thread-safe. */
  final class Builder extends ImmutableModelReuse.Builder {}
}

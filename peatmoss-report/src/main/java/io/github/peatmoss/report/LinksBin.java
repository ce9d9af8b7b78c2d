package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** One point of the links-per-model distribution: how many reused models have exactly this many links. */
@Value.Immutable
@JsonSerialize(as = ImmutableLinksBin.class)
public interface LinksBin {
  /** Returns the number of links. */
  long links();

  /** Returns how many reused models have exactly {@link #links()} links. */
  long models();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LinksBin} values; not thread-safe. */
  final class Builder extends ImmutableLinksBin.Builder {}
}

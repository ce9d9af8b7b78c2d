package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Reuse links to the models of one hub. */
@Value.Immutable
@JsonSerialize(as = ImmutableHubReuse.class)
public interface HubReuse {
  /** Returns the hub name as the database records it. */
  String hub();

  /** Returns the number of model-to-repository links. */
  long links();

  /** Returns the number of distinct reused models. */
  long models();

  /** Returns the number of distinct downstream repositories. */
  long repositories();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HubReuse} values; not thread-safe. */
  final class Builder extends ImmutableHubReuse.Builder {}
}

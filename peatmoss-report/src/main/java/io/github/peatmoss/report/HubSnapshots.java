package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Models and snapshotted models of one hub. */
@Value.Immutable
@JsonSerialize(as = ImmutableHubSnapshots.class)
public interface HubSnapshots {
  /** Returns the hub name as the database records it ({@code HuggingFace}, {@code PyTorch}, or {@code unknown}). */
  String hub();

  /** Returns the number of models of the hub. */
  long models();

  /** Returns how many of them have a detailed snapshot ({@code has_snapshot = 1}). */
  long snapshotted();

  /** Returns {@link #snapshotted()} as a percentage of {@link #models()}. */
  double percent();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HubSnapshots} values; not thread-safe. */
  final class Builder extends ImmutableHubSnapshots.Builder {}
}

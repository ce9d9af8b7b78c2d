package io.github.peatmoss.hf.snapshot;

import java.util.List;
import org.immutables.value.Value;

/** What a {@link HfSnapshotter} run did, model by model, in the order the models were selected. */
@Value.Immutable
public interface SnapshotReport {
  /** Returns one entry per selected model. */
  List<ModelSnapshot> models();

  /** Returns how many models ended with {@code outcome}. */
  default long count(ModelSnapshot.Outcome outcome) {
    return models().stream().filter(m -> m.outcome() == outcome).count();
  }

  /** Returns the commits recorded in this run. */
  default long commitsAdded() {
    return models().stream().mapToLong(ModelSnapshot::commitsAdded).sum();
  }

  /** Returns the discussions written in this run. */
  default long discussionsWritten() {
    return models().stream().mapToLong(ModelSnapshot::discussionsWritten).sum();
  }

  /** Returns the files downloaded in this run. */
  default long filesDownloaded() {
    return models().stream().mapToLong(ModelSnapshot::filesDownloaded).sum();
  }

  /** Returns the files skipped for the byte budget. */
  default long filesOverBudget() {
    return models().stream().mapToLong(ModelSnapshot::filesOverBudget).sum();
  }

  /** Returns the files the Hub refused to serve (gated or private). */
  default long filesRefused() {
    return models().stream().mapToLong(ModelSnapshot::filesRefused).sum();
  }

  /** Returns the bytes downloaded in this run. */
  default long bytesDownloaded() {
    return models().stream().mapToLong(ModelSnapshot::bytesDownloaded).sum();
  }

  /** Returns whether any model failed. */
  default boolean hasFailures() {
    return count(ModelSnapshot.Outcome.FAILED) > 0;
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SnapshotReport} values; not thread-safe. */
  final class Builder extends ImmutableSnapshotReport.Builder {}
}

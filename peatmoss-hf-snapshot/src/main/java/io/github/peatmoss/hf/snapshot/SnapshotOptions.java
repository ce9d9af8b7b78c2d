package io.github.peatmoss.hf.snapshot;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** What a {@link HfSnapshotter} run selects and records. */
@Value.Immutable
public interface SnapshotOptions {
  /** The selection threshold PeaTMOSS used: more than 50 downloads in the last 30 days. */
  long PEATMOSS_MIN_DOWNLOADS = 50;

  /** Returns the selection rule: a model is snapshotted when its 30-day downloads are strictly more than this. */
  @Value.Default
  default long minDownloads() {
    return PEATMOSS_MIN_DOWNLOADS;
  }

  /** Returns the user or organisation to restrict the selection to; every author when empty. */
  Optional<String> author();

  /** Returns the most models to snapshot (the most downloaded first); no limit when empty. */
  OptionalInt maxModels();

  /** Returns whether to download the files of each snapshot; see {@link #outputDirectory()}. */
  @Value.Default
  default boolean isFiles() {
    return false;
  }

  /** Returns the content-addressed directory files and manifests go to; required with {@link #isFiles()}. */
  Optional<Path> outputDirectory();

  /** Returns the most bytes to download in one run; files that would exceed it are skipped and reported. */
  OptionalLong byteBudget();

  /** Returns how often a file whose bytes fail verification is fetched before it is reported; default 3. */
  @Value.Default
  default int maxAttempts() {
    return 3;
  }

  /** Returns whether to ignore what earlier runs recorded and read every model in full again. */
  @Value.Default
  default boolean isFull() {
    return false;
  }

  /** Returns the models listed per page while selecting; default 1000, the Hub's largest page. */
  @Value.Default
  default int pageSize() {
    return 1000;
  }

  /** Checks the options. */
  @Value.Check
  default void check() {
    if (minDownloads() < 0) {
      throw new IllegalStateException("minDownloads must be >= 0: " + minDownloads());
    }
    if (isFiles() && outputDirectory().isEmpty()) {
      throw new IllegalStateException(
          "downloading files needs an output directory; set outputDirectory(..)");
    }
    if (maxAttempts() < 1 || maxAttempts() > 10) {
      throw new IllegalStateException("maxAttempts must be between 1 and 10: " + maxAttempts());
    }
    if (byteBudget().isPresent() && byteBudget().getAsLong() < 0) {
      throw new IllegalStateException("byteBudget must be >= 0: " + byteBudget().getAsLong());
    }
    if (maxModels().isPresent() && maxModels().getAsInt() < 1) {
      throw new IllegalStateException("maxModels must be >= 1: " + maxModels().getAsInt());
    }
    if (pageSize() < 1 || pageSize() > 1000) {
      throw new IllegalStateException("pageSize must be between 1 and 1000: " + pageSize());
    }
  }

  /** Returns PeaTMOSS's rule: models with more than 50 downloads, no file downloads. */
  static SnapshotOptions peatmoss() {
    return builder().build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from these options. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link SnapshotOptions}; not thread-safe. */
  final class Builder extends ImmutableSnapshotOptions.Builder {}
}

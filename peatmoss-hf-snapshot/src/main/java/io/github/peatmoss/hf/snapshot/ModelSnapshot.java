package io.github.peatmoss.hf.snapshot;

import io.github.peatmoss.core.model.ModelId;
import java.util.Optional;
import org.immutables.value.Value;

/** What a snapshot run did for one model. */
@Value.Immutable
public interface ModelSnapshot {
  /** How a model's snapshot ended. */
  enum Outcome {
    /** First snapshot of the model. */
    NEW,
    /** The model had changed: new commits, refs, discussion events or files were recorded. */
    UPDATED,
    /** Nothing had changed since the last snapshot; nothing was written. */
    UNCHANGED,
    /** The snapshot failed; see {@link #failure()}. A later run tries again. */
    FAILED
  }

  /** Returns the model. */
  ModelId model();

  /** Returns how the snapshot ended. */
  Outcome outcome();

  /** Returns the commit sha the snapshot is pinned to. */
  Optional<String> commitSha();

  /** Returns the commits newly recorded. */
  @Value.Default
  default int commitsAdded() {
    return 0;
  }

  /** Returns the branches and tags recorded. */
  @Value.Default
  default int refs() {
    return 0;
  }

  /** Returns the discussions (re)written because they were new or had changed. */
  @Value.Default
  default int discussionsWritten() {
    return 0;
  }

  /** Returns the files in the snapshot's file list. */
  @Value.Default
  default int files() {
    return 0;
  }

  /** Returns the files downloaded and verified in this run. */
  @Value.Default
  default int filesDownloaded() {
    return 0;
  }

  /** Returns the files already present and verified, not fetched again. */
  @Value.Default
  default int filesPresent() {
    return 0;
  }

  /** Returns the files skipped because they would have exceeded the byte budget. */
  @Value.Default
  default int filesOverBudget() {
    return 0;
  }

  /** Returns the files the Hub refused to serve (gated or private, and the token may not read them). */
  @Value.Default
  default int filesRefused() {
    return 0;
  }

  /** Returns the bytes downloaded in this run. */
  @Value.Default
  default long bytesDownloaded() {
    return 0;
  }

  /** Returns what went wrong, for {@link Outcome#FAILED}. */
  Optional<String> failure();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ModelSnapshot} values; not thread-safe. */
  final class Builder extends ImmutableModelSnapshot.Builder {}
}

package io.github.peatmoss.hf.snapshot;

import io.github.peatmoss.core.model.ModelId;

/**
 * Hears how a snapshot run progresses, for progress displays. Called on the thread running the snapshot; every
 * method does nothing unless overridden. Implementations should return quickly.
 */
public interface SnapshotListener {
  /** A listener that ignores everything. */
  SnapshotListener NONE = new SnapshotListener() {};

  /** The selection is known: {@code total} models will be snapshotted. */
  default void selected(int total) {}

  /** The snapshot of the {@code index}-th (1-based) of {@code total} models starts. */
  default void modelStarted(int index, int total, ModelId model) {}

  /** A file of {@code model} is verified and in place; {@code downloaded} is false when it was already there. */
  default void fileDone(ModelId model, SnapshotFile file, boolean downloaded) {}

  /** The snapshot of the {@code index}-th (1-based) of {@code total} models ended as {@code result} says. */
  default void modelFinished(int index, int total, ModelSnapshot result) {}
}

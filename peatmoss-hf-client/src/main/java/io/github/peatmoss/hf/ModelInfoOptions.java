package io.github.peatmoss.hf;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What {@link HfClient#getModelInfo(io.github.peatmoss.core.model.ModelId, ModelInfoOptions)} asks for. */
@Value.Immutable
public interface ModelInfoOptions {
  /** Returns the revision (branch, tag, commit or {@code refs/pr/N}); the default branch when empty. */
  Optional<String> revision();

  /** Returns whether siblings carry size, blob id and LFS details ({@code blobs=true}). */
  @Value.Default
  default boolean isBlobs() {
    return false;
  }

  /** Returns the properties to expand; when set only these come back. Not combinable with blobs. */
  List<HfModelExpand> expands();

  /** Checks the combination. */
  @Value.Check
  default void check() {
    if (isBlobs() && !expands().isEmpty()) {
      throw new IllegalStateException(
          "blobs cannot be combined with expand; add HfModelExpand.SIBLINGS instead");
    }
    if (revision().isPresent() && revision().get().isBlank()) {
      throw new IllegalStateException("revision must not be blank");
    }
  }

  /** Returns the defaults: the default branch, every property. */
  static ModelInfoOptions defaults() {
    return builder().build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ModelInfoOptions}; not thread-safe. */
  final class Builder extends ImmutableModelInfoOptions.Builder {}
}

package io.github.peatmoss.hf;

import java.util.Optional;
import org.immutables.value.Value;

/** What {@link HfClient#listRepoTree(io.github.peatmoss.core.model.ModelId, ListTreeOptions)} lists. */
@Value.Immutable
public interface ListTreeOptions {
  /** Returns the revision; {@code main} when empty. */
  Optional<String> revision();

  /** Returns the folder to list; the repository root when empty. */
  Optional<String> path();

  /** Returns whether to descend into folders. */
  @Value.Default
  default boolean isRecursive() {
    return false;
  }

  /** Returns whether entries carry their last commit and security status (smaller pages). */
  @Value.Default
  default boolean isExpand() {
    return false;
  }

  /** Returns the defaults: the root of {@code main}, not recursive. */
  static ListTreeOptions defaults() {
    return builder().build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ListTreeOptions}; not thread-safe. */
  final class Builder extends ImmutableListTreeOptions.Builder {}
}

package io.github.peatmoss.github;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Every entry of a repository's tree at one commit. When GitHub truncates the recursive listing (over 100,000
 * entries or 7 MB), the client walks the subtrees one by one, so the entries are complete either way; {@link
 * #walkedSubtrees()} says how many extra requests that took.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGitTree.class)
public interface GitTree {
  /** Returns the sha of the root tree. */
  String sha();

  /** Returns the entries, in GitHub's order within each listing. */
  List<GitTreeEntry> entries();

  /** Returns how many subtree listings were fetched because a recursive listing was truncated. */
  int walkedSubtrees();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GitTree} values; not thread-safe. */
  final class Builder extends ImmutableGitTree.Builder {}
}

package io.github.peatmoss.github;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** An entry of a git tree: a file ({@code blob}), folder ({@code tree}) or submodule ({@code commit}). */
@Value.Immutable
@JsonSerialize(as = ImmutableGitTreeEntry.class)
public interface GitTreeEntry {
  /** Returns the path from the repository root. */
  String path();

  /** Returns the git mode, for example {@code 100644}. */
  String mode();

  /** Returns {@code blob}, {@code tree} or {@code commit}. */
  String type();

  /** Returns the object id. */
  String sha();

  /** Returns the size in bytes, for blobs. */
  OptionalLong size();

  /** Returns whether this is a file. */
  default boolean isFile() {
    return type().equals("blob");
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GitTreeEntry} values; not thread-safe. */
  final class Builder extends ImmutableGitTreeEntry.Builder {}
}

package io.github.peatmoss.hf;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A file or folder of a repository tree at one revision. */
@Value.Immutable
@JsonSerialize(as = ImmutableHfTreeEntry.class)
public interface HfTreeEntry {
  /** The kind of entry. */
  enum Type {
    /** A file. */
    FILE,
    /** A folder. */
    DIRECTORY
  }

  /** Returns whether this is a file or a folder. */
  Type type();

  /** Returns the path in the repository. */
  String path();

  /** Returns the git object id. */
  Optional<String> oid();

  /** Returns the size in bytes (of the content for LFS files). */
  OptionalLong size();

  /** Returns the SHA-256 of an LFS file's content. */
  Optional<String> lfsSha256();

  /** Returns the id of the last commit that changed the entry (expanded listings only). */
  Optional<String> lastCommitId();

  /** Returns the date of that commit (expanded listings only). */
  Optional<Instant> lastCommitDate();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HfTreeEntry} values; not thread-safe. */
  final class Builder extends ImmutableHfTreeEntry.Builder {}
}

package io.github.peatmoss.hf.snapshot;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A file of a repository at the commit a snapshot is pinned to, with what its bytes are verified against. */
@Value.Immutable
public interface SnapshotFile {
  /** Returns the path in the repository. */
  String path();

  /** Returns the size in bytes (of the content, for LFS files). */
  OptionalLong size();

  /** Returns the git blob id (for LFS files, the id of the pointer file). */
  Optional<String> gitOid();

  /** Returns the SHA-256 of an LFS file's content. */
  Optional<String> lfsSha256();

  /** Returns whether the file is stored in LFS. */
  default boolean isLfs() {
    return lfsSha256().isPresent();
  }

  /**
   * Returns the file's address in the content-addressed directory: {@code sha256/ab/abcdef...} for LFS files,
   * {@code git-sha1/ab/abcdef...} otherwise; empty when the Hub gave no id to verify against.
   */
  default Optional<String> blobKey() {
    if (lfsSha256().isPresent()) {
      String hex = lfsSha256().get();
      return Optional.of("sha256/" + hex.substring(0, Math.min(2, hex.length())) + "/" + hex);
    }
    return gitOid()
        .map(hex -> "git-sha1/" + hex.substring(0, Math.min(2, hex.length())) + "/" + hex);
  }

  /** Checks that ids are lowercase hex, so they are safe as file names. */
  @Value.Check
  default void check() {
    lfsSha256().ifPresent(h -> requireHex(h, 64, "lfsSha256"));
    gitOid().ifPresent(h -> requireHex(h, 40, "gitOid"));
    if (size().isPresent() && size().getAsLong() < 0) {
      throw new IllegalStateException("size must be >= 0: " + size().getAsLong());
    }
  }

  private static void requireHex(String value, int length, String name) {
    if (value.length() != length
        || !value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new IllegalStateException(
          name + " must be " + length + " lowercase hex digits: " + value);
    }
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SnapshotFile} values; not thread-safe. */
  final class Builder extends ImmutableSnapshotFile.Builder {}
}

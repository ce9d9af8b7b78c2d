package io.github.peatmoss.hf;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A file of a repository as model info lists it; sizes and hashes only when asked for with blobs. */
@Value.Immutable
@JsonSerialize(as = ImmutableHfSibling.class)
public interface HfSibling {
  /** Returns the path in the repository ({@code rfilename}). */
  String path();

  /** Returns the size in bytes. */
  OptionalLong size();

  /** Returns the git blob id. */
  Optional<String> blobId();

  /** Returns the SHA-256 of an LFS file's content. */
  Optional<String> lfsSha256();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HfSibling} values; not thread-safe. */
  final class Builder extends ImmutableHfSibling.Builder {}
}

package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A file in a downstream repository where a model is reused ({@code reuse_file}). */
@Value.Immutable
@JsonSerialize(as = ImmutableReuseFile.class)
@JsonDeserialize(as = ImmutableReuseFile.class)
public interface ReuseFile {

  /** Returns the reused model. */
  ModelId model();

  /** Returns the downstream repository. */
  RepoRef repository();

  /** Returns the path as PeaTMOSS stores it, {@code owner_repo/repo/path/in/repo.py}. */
  String path();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link ReuseFile} values; not thread-safe. */
  final class Builder extends ImmutableReuseFile.Builder {}
}

package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A branch or tag of a Hugging Face model repository ({@code hf_git_ref_info}). */
@Value.Immutable
@JsonSerialize(as = ImmutableGitRef.class)
@JsonDeserialize(as = ImmutableGitRef.class)
public interface GitRef {

  /** The kind of a git ref. */
  enum Kind {
    BRANCH,
    TAG
  }

  /** Returns the model whose repository holds the ref. */
  ModelId model();

  /** Returns whether this is a branch or a tag. */
  Kind kind();

  /** Returns the short name, for example {@code main}. */
  String name();

  /** Returns the full ref, for example {@code refs/heads/main}. */
  Optional<String> ref();

  /** Returns the sha the ref points at. */
  Optional<String> targetCommit();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link GitRef} values; not thread-safe. */
  final class Builder extends ImmutableGitRef.Builder {}
}

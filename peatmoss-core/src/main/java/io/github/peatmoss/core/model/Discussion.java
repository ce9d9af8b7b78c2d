package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A Hugging Face discussion or pull request with its events ({@code discussion} and related tables). */
@Value.Immutable
@JsonSerialize(as = ImmutableDiscussion.class)
@JsonDeserialize(as = ImmutableDiscussion.class)
public interface Discussion {

  /** Returns the model the discussion belongs to. */
  ModelId model();

  /** Returns the discussion number within the repository. */
  int num();

  /** Returns the title. */
  Optional<String> title();

  /** Returns the status: {@code open}, {@code closed}, {@code merged} or {@code draft}. */
  Optional<String> status();

  /** Returns the repository id as the hub reports it. */
  Optional<String> repoId();

  /** Returns the repository type, usually {@code model}. */
  Optional<String> repoType();

  /** Returns whether this is a pull request rather than a discussion. */
  @Value.Default
  default boolean isPullRequest() {
    return false;
  }

  /** Returns when it was opened. */
  Optional<Instant> createdAt();

  /** Returns the hub endpoint it was read from. */
  Optional<String> endpoint();

  /** Returns the branch a pull request targets. */
  Optional<String> targetBranch();

  /** Returns the merge commit of a merged pull request. */
  Optional<String> mergeCommitOid();

  /** Returns the diff of a pull request. */
  Optional<String> diff();

  /** Returns the author names. */
  List<String> authors();

  /** Returns the paths a pull request conflicts on ({@code file_path}). */
  List<String> conflictingFiles();

  /** Returns the events in order. */
  List<DiscussionEvent> events();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link Discussion} values; not thread-safe. */
  final class Builder extends ImmutableDiscussion.Builder {}
}

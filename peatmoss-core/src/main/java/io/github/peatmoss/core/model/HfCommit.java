package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A commit in a Hugging Face model repository ({@code hf_commit}). */
@Value.Immutable
@JsonSerialize(as = ImmutableHfCommit.class)
@JsonDeserialize(as = ImmutableHfCommit.class)
public interface HfCommit {

  /** Returns the model whose repository holds the commit. */
  ModelId model();

  /** Returns the commit sha. */
  String commitId();

  /** Returns when the commit was made. */
  Optional<Instant> createdAt();

  /** Returns the commit title. */
  Optional<String> title();

  /** Returns the commit message body. */
  Optional<String> message();

  /** Returns the author user names. */
  List<String> authors();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link HfCommit} values; not thread-safe. */
  final class Builder extends ImmutableHfCommit.Builder {}
}

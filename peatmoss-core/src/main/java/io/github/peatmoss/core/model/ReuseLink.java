package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A link from a model to a downstream repository that reuses it ({@code model_to_reuse_repository}). */
@Value.Immutable
@JsonSerialize(as = ImmutableReuseLink.class)
@JsonDeserialize(as = ImmutableReuseLink.class)
public interface ReuseLink {

  /** Returns the reused model. */
  ModelId model();

  /** Returns the downstream repository. */
  RepoRef repository();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link ReuseLink} values; not thread-safe. */
  final class Builder extends ImmutableReuseLink.Builder {}
}

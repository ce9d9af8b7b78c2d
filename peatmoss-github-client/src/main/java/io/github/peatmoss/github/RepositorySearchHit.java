package io.github.peatmoss.github;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A repository found by repository search, with its metadata (search items carry license, stars, topics). */
@Value.Immutable
@JsonSerialize(as = ImmutableRepositorySearchHit.class)
public interface RepositorySearchHit {
  /** Returns the repository. */
  GitHubRepository repository();

  /** Returns the slice of the search this hit came from. */
  SearchSlice slice();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RepositorySearchHit} values; not thread-safe. */
  final class Builder extends ImmutableRepositorySearchHit.Builder {}
}

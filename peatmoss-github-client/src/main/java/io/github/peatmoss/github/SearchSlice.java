package io.github.peatmoss.github;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The slice of a search one page of hits came from. GitHub returns at most 1,000 results per query, so a query
 * with more is cut into ranges (file size for code, creation date for repositories) until each has at most
 * 1,000; a range that cannot be cut further is {@link #isCapped() capped}. {@code incomplete_results} is kept
 * as GitHub reported it (the search timed out and may have missed hits).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSearchSlice.class)
public interface SearchSlice {
  /** Returns the query sent, with the slicing qualifier. */
  String query();

  /** Returns GitHub's {@code total_count} for the slice. */
  long totalCount();

  /** Returns GitHub's {@code incomplete_results} for this page. */
  boolean incompleteResults();

  /** Returns whether the slice has more than 1,000 hits and could not be cut further (hits were lost). */
  boolean isCapped();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SearchSlice} values; not thread-safe. */
  final class Builder extends ImmutableSearchSlice.Builder {}
}

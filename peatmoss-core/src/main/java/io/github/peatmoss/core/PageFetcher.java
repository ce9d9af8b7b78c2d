package io.github.peatmoss.core;

import java.util.Optional;

/** Fetches one page of a listing. Implementations send their request only when called. */
@FunctionalInterface
public interface PageFetcher<T> {
  /**
   * Fetches the page that {@code continuationToken} names, or the first page when it is empty.
   *
   * @throws io.github.peatmoss.core.exception.PeatmossException when the page cannot be fetched
   */
  Page<T> fetch(Optional<String> continuationToken);
}

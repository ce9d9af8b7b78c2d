package io.github.peatmoss.hf;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** What {@link HfClient#listDatasets(ListDatasetsOptions)} asks the Hub for. Immutable. */
@Value.Immutable
public interface ListDatasetsOptions {
  /** Returns the substrings of the dataset id to search for ({@code search}). */
  List<String> searches();

  /** Returns the user or organisation whose datasets to list ({@code author}). */
  Optional<String> author();

  /** Returns tag filters, all of which must match ({@code filter}). */
  List<String> filters();

  /** Returns the order ({@code sort}). */
  Optional<HfSort> sort();

  /** Returns the page size ({@code limit}). */
  OptionalInt limit();

  /** Returns whether to ask for most properties ({@code full=true}). */
  @Value.Default
  default boolean isFull() {
    return false;
  }

  /** Checks the settings. */
  @Value.Check
  default void check() {
    if (limit().isPresent() && limit().getAsInt() < 1) {
      throw new IllegalStateException("limit must be >= 1: " + limit().getAsInt());
    }
  }

  /** Returns the Hub's defaults. */
  static ListDatasetsOptions defaults() {
    return builder().build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ListDatasetsOptions}; not thread-safe. */
  final class Builder extends ImmutableListDatasetsOptions.Builder {}
}

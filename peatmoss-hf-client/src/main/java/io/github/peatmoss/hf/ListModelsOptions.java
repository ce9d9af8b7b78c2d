package io.github.peatmoss.hf;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What {@link HfClient#listModels(ListModelsOptions)} asks the Hub for: search terms, filters, order, page size
 * and which properties come back. {@code expand} cannot be combined with {@code full}, {@code cardData} or
 * {@code config} (the Hub rejects it). Immutable.
 */
@Value.Immutable
public interface ListModelsOptions {
  /** Returns the substrings of the model id to search for ({@code search}, repeatable). */
  List<String> searches();

  /** Returns the user or organisation whose models to list ({@code author}). */
  Optional<String> author();

  /** Returns tag filters, all of which must match ({@code filter}), for example {@code license:mit}. */
  List<String> filters();

  /** Returns the task to filter by ({@code pipeline_tag}), for example {@code fill-mask}. */
  Optional<String> pipelineTag();

  /** Returns the order ({@code sort}); the Hub's default when empty. */
  Optional<HfSort> sort();

  /**
   * Returns the page size ({@code limit}). The Hub keeps it in every next-page link; the total is bounded by
   * the caller, for example with {@code stream().limit(n)}.
   */
  OptionalInt limit();

  /** Returns whether to ask for most properties, siblings included ({@code full=true}). */
  @Value.Default
  default boolean isFull() {
    return false;
  }

  /** Returns whether to add the parsed card metadata ({@code cardData=true}). */
  @Value.Default
  default boolean isCardData() {
    return false;
  }

  /** Returns whether to add the trimmed model config ({@code config=true}); heavy on large listings. */
  @Value.Default
  default boolean isConfig() {
    return false;
  }

  /** Returns the properties to expand; when set only these (and the ids) come back. */
  List<HfModelExpand> expands();

  /** Checks the combination. */
  @Value.Check
  default void check() {
    if (!expands().isEmpty() && (isFull() || isCardData() || isConfig())) {
      throw new IllegalStateException(
          "expand cannot be combined with full, cardData or config; the Hub rejects it."
              + " Add HfModelExpand.CARD_DATA or CONFIG to expand instead");
    }
    if (limit().isPresent() && limit().getAsInt() < 1) {
      throw new IllegalStateException("limit must be >= 1: " + limit().getAsInt());
    }
  }

  /** Returns the Hub's defaults: all models, default order and page size, default properties. */
  static ListModelsOptions defaults() {
    return builder().build();
  }

  /**
   * Returns the options PeaTMOSS mining uses: the properties its tables record (author, sha, counts, library,
   * task, tags, card metadata, config, dates, gating) through {@code expand}, sorted by downloads.
   */
  static ListModelsOptions peatmoss() {
    return builder()
        .sort(HfSort.DOWNLOADS)
        .addExpands(
            HfModelExpand.AUTHOR,
            HfModelExpand.SHA,
            HfModelExpand.DOWNLOADS,
            HfModelExpand.LIKES,
            HfModelExpand.LIBRARY_NAME,
            HfModelExpand.PIPELINE_TAG,
            HfModelExpand.TAGS,
            HfModelExpand.CARD_DATA,
            HfModelExpand.CONFIG,
            HfModelExpand.LAST_MODIFIED,
            HfModelExpand.CREATED_AT,
            HfModelExpand.GATED,
            HfModelExpand.PRIVATE,
            HfModelExpand.DISABLED)
        .build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from these options. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link ListModelsOptions}; not thread-safe. */
  final class Builder extends ImmutableListModelsOptions.Builder {}
}

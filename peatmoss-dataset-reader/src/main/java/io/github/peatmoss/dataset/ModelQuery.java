package io.github.peatmoss.dataset;

import io.github.peatmoss.core.model.LookupKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which models to read and how: filters (all must hold), order, limit, and which lookups to load. Names match
 * exactly as stored (licenses are not normalised). Immutable and thread-safe.
 */
@Value.Immutable
public interface ModelQuery {
  /** The order models are returned in. */
  enum Order {
    /** By row id: the order the database was filled in; the fastest. */
    ROW_ID,
    /** Most downloaded first; models without a download count last. */
    DOWNLOADS_DESC,
    /** Most liked first; models without a like count last. */
    LIKES_DESC
  }

  /** Returns the hub name to keep, for example {@code HuggingFace} or {@code PyTorch}. */
  Optional<String> hub();

  /** Returns a license name the model must have, as stored (for example {@code apache-2.0}). */
  Optional<String> license();

  /** Returns a tag the model must have. */
  Optional<String> tag();

  /** Returns a library the model must have. */
  Optional<String> library();

  /** Returns an author the model must have. */
  Optional<String> author();

  /** Returns a framework the model must have. */
  Optional<String> framework();

  /** Returns an architecture the model must have. */
  Optional<String> architecture();

  /** Returns a dataset name the model must have. */
  Optional<String> dataset();

  /** Returns a language name the model must have. */
  Optional<String> language();

  /** Returns the least number of downloads a model must have. */
  OptionalLong minDownloads();

  /** Returns the order; {@link Order#ROW_ID} unless set. */
  @Value.Default
  default Order order() {
    return Order.ROW_ID;
  }

  /** Returns the most models to return. */
  OptionalInt limit();

  /**
   * Returns the lookups to load with each model; empty (the default) loads every lookup the schema has. Loading
   * fewer is faster: a license audit needs only {@link LookupKind#LICENSE}.
   */
  List<LookupKind> lookups();

  /** Returns the lookups to load, resolving "empty means all". */
  @Value.Derived
  @Value.Auxiliary
  default Set<LookupKind> effectiveLookups() {
    return lookups().isEmpty() ? EnumSet.allOf(LookupKind.class) : EnumSet.copyOf(lookups());
  }

  /** Checks the limit. */
  @Value.Check
  default void check() {
    if (limit().isPresent() && limit().getAsInt() < 0) {
      throw new IllegalArgumentException("limit must be >= 0: " + limit().getAsInt());
    }
  }

  /** Returns a query for every model, in row order, with every lookup. */
  static ModelQuery all() {
    return builder().build();
  }

  /** Returns a query for the {@code n} most downloaded models. */
  static ModelQuery topByDownloads(int n) {
    return builder().order(Order.DOWNLOADS_DESC).limit(n).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link ModelQuery} values; not thread-safe. */
  final class Builder extends ImmutableModelQuery.Builder {}
}

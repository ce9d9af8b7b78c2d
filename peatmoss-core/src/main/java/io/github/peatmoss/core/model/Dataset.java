package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A dataset a model was trained or evaluated on, as in {@code dataset}. */
@Value.Immutable
@JsonSerialize(as = ImmutableDataset.class)
@JsonDeserialize(as = ImmutableDataset.class)
public interface Dataset {

  /** Returns the dataset name or hub id. */
  String name();

  /** Returns where the dataset is published (R2 only). */
  Optional<String> url();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link Dataset} values; not thread-safe. */
  final class Builder extends ImmutableDataset.Builder {}
}

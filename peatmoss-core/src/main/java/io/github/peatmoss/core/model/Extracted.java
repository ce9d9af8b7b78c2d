package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** An extracted metadata value with its provenance and the evidence for it. */
@Value.Immutable
@JsonSerialize(as = ImmutableExtracted.class)
@JsonDeserialize(as = ImmutableExtracted.class)
public interface Extracted<T> {

  /** Returns the value. */
  @Value.Parameter
  T value();

  /** Returns where the value came from. */
  @Value.Parameter
  Provenance provenance();

  /** Returns the evidence, when the extractor kept it. */
  Optional<Evidence> evidence();

  /** Returns a value with provenance and no evidence. */
  static <T> Extracted<T> of(T value, Provenance provenance) {
    return ImmutableExtracted.of(value, provenance);
  }

  /** Returns a value with provenance and evidence. */
  static <T> Extracted<T> of(T value, Provenance provenance, Evidence evidence) {
    return Extracted.<T>builder()
        .value(value)
        .provenance(provenance)
        .evidence(evidence)
        .build();
  }

  /** Returns a new builder. */
  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Returns a builder initialised from this value. */
  default Builder<T> toBuilder() {
    return Extracted.<T>builder().from(this);
  }

  /** Builds {@link Extracted} values; not thread-safe. */
  final class Builder<T> extends ImmutableExtracted.Builder<T> {}
}

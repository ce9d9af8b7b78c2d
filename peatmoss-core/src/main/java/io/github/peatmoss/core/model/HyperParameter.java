package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A training hyper-parameter ({@code hyper_parameters}). */
@Value.Immutable
@JsonSerialize(as = ImmutableHyperParameter.class)
@JsonDeserialize(as = ImmutableHyperParameter.class)
public interface HyperParameter {

  /** Returns the parameter name, when the source names it. */
  Optional<String> name();

  /** Returns the value as written. */
  String value();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link HyperParameter} values; not thread-safe. */
  final class Builder extends ImmutableHyperParameter.Builder {}
}

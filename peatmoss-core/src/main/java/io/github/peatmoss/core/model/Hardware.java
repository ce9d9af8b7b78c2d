package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/** Hardware used to train a model ({@code hardware} and {@code model_to_hardware}). */
@Value.Immutable
@JsonSerialize(as = ImmutableHardware.class)
@JsonDeserialize(as = ImmutableHardware.class)
public interface Hardware {

  /** Returns the hardware name, for example {@code 8x NVIDIA A100}. */
  String name();

  /** Returns the hours used. */
  OptionalDouble hoursUsed();

  /** Returns the cloud provider. */
  Optional<String> cloudProvider();

  /** Returns the compute region. */
  Optional<String> computeRegion();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link Hardware} values; not thread-safe. */
  final class Builder extends ImmutableHardware.Builder {}
}

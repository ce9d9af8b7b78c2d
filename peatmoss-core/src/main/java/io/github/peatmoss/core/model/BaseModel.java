package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** An upstream model this model was fine-tuned or derived from ({@code model_to_base_model}). */
@Value.Immutable
@JsonSerialize(as = ImmutableBaseModel.class)
@JsonDeserialize(as = ImmutableBaseModel.class)
public interface BaseModel {

  /** Returns the base model name as written. */
  String name();

  /** Returns its URL. */
  Optional<String> url();

  /** Returns its id, when the name is a valid model id. */
  Optional<ModelId> id();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link BaseModel} values; not thread-safe. */
  final class Builder extends ImmutableBaseModel.Builder {}
}

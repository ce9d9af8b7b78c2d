package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A model hub: Hugging Face, PyTorch Hub, or a third one plugged in through the client SPI. */
@Value.Immutable
@JsonSerialize(as = ImmutableModelHub.class)
@JsonDeserialize(as = ImmutableModelHub.class)
public interface ModelHub {

  /** Hugging Face Hub, as PeaTMOSS names it. */
  ModelHub HUGGING_FACE =
      builder().name("HuggingFace").url("https://huggingface.co/").build();

  /** PyTorch Hub, as PeaTMOSS names it. */
  ModelHub PYTORCH_HUB = builder().name("PyTorch").url("https://pytorch.org").build();

  /** Returns the hub name as stored in {@code model_hub.name}. */
  String name();

  /** Returns the hub home page as stored in {@code model_hub.url}. */
  Optional<String> url();

  /** Returns the well-known hub with this name (case-insensitive), or a new hub value without URL. */
  static ModelHub named(String name) {
    if (HUGGING_FACE.name().equalsIgnoreCase(name)) {
      return HUGGING_FACE;
    }
    if (PYTORCH_HUB.name().equalsIgnoreCase(name)) {
      return PYTORCH_HUB;
    }
    return builder().name(name).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link ModelHub} values; not thread-safe. */
  final class Builder extends ImmutableModelHub.Builder {}
}

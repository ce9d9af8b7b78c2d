package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A pre-trained model as PeaTMOSS records it: the {@code model} row with its lookups. */
@Value.Immutable
@JsonSerialize(as = ImmutableModel.class)
@JsonDeserialize(as = ImmutableModel.class)
public interface Model {

  /** Returns the id on the hub ({@code context_id}). */
  ModelId id();

  /** Returns the hub the model is published on. */
  ModelHub hub();

  /** Returns the commit sha of the metadata snapshot. */
  Optional<String> sha();

  /** Returns the repository URL as stored (Hugging Face page, or {@code github.com/...} for PyTorch Hub). */
  Optional<String> repoUrl();

  /** Returns downloads in the last 30 days, when recorded. */
  OptionalLong downloads();

  /** Returns the number of likes, when recorded. */
  OptionalLong likes();

  /** Returns whether PeaTMOSS captured a detailed snapshot (history, discussions, files) of this model. */
  @Value.Default
  default boolean hasSnapshot() {
    return false;
  }

  /** Returns the authors (hub namespaces or people). */
  List<String> authors();

  /** Returns the license names as the hub states them (not normalised). */
  List<String> licenses();

  /** Returns the tags. */
  List<String> tags();

  /** Returns the datasets. */
  List<Dataset> datasets();

  /** Returns the papers. */
  List<Paper> papers();

  /** Returns the languages. */
  List<Language> languages();

  /** Returns the architectures (from the model config). */
  List<String> architectures();

  /** Returns the frameworks (PeaTMOSS stores the config {@code model_type} here). */
  List<String> frameworks();

  /** Returns the libraries. */
  List<String> libraries();

  /** Returns the domains (R2). */
  List<String> domains();

  /** Returns the tasks (R2). */
  List<String> tasks();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link Model} values; not thread-safe. */
  final class Builder extends ImmutableModel.Builder {}
}

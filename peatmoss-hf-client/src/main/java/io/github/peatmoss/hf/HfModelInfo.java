package io.github.peatmoss.hf;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A model repository as the Hub describes it, from a listing (only the properties asked for) or from model
 * info. Properties the answer did not carry are empty, never guessed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHfModelInfo.class)
public interface HfModelInfo {
  /** Returns the canonical model id (after a rename, the new one). */
  ModelId id();

  /** Returns the Hub's internal object id ({@code _id}). */
  Optional<String> internalId();

  /** Returns the namespace that owns the model. */
  Optional<String> author();

  /** Returns the commit sha of the revision described. */
  Optional<String> sha();

  /** Returns the date of the last commit. */
  Optional<Instant> lastModified();

  /**
   * Returns the creation date. Repositories created before the Hub recorded creation dates all carry the
   * same placeholder (2022-03-02T23:29Z); that placeholder reads as empty here.
   */
  Optional<Instant> createdAt();

  /** Returns whether the repository is private. */
  @Value.Default
  default boolean isPrivateRepository() {
    return false;
  }

  /** Returns the gating mode. */
  @Value.Default
  default HfGating gating() {
    return HfGating.NONE;
  }

  /** Returns whether the Hub disabled the repository. */
  @Value.Default
  default boolean isDisabled() {
    return false;
  }

  /** Returns downloads in the last 30 days. */
  OptionalLong downloads();

  /** Returns downloads since the repository was created (only when expanded). */
  OptionalLong downloadsAllTime();

  /** Returns the number of likes. */
  OptionalLong likes();

  /** Returns the trending score. */
  OptionalDouble trendingScore();

  /** Returns the library ({@code library_name}), for example {@code transformers}. */
  Optional<String> libraryName();

  /** Returns the task ({@code pipeline_tag}). */
  Optional<String> pipelineTag();

  /** Returns the tags, card tags and Hub-computed ones ({@code dataset:..}, {@code arxiv:..}, {@code license:..}). */
  List<String> tags();

  /** Returns the files (names only from listings; sizes and hashes with blobs). */
  List<HfSibling> siblings();

  /** Returns the parsed card metadata ({@code cardData}); empty when the repository has no card. */
  Map<String, Object> cardData();

  /** Returns the trimmed model config ({@code architectures}, {@code model_type}, ...). */
  Map<String, Object> config();

  /** Returns the parameter count from the safetensors metadata. */
  OptionalLong parameterCount();

  /** Returns the storage used by the repository, in bytes. */
  OptionalLong usedStorage();

  /** Returns the ids of Spaces that use the model (the Hub caps this list). */
  List<String> spaces();

  /** Returns the card's {@code model-index}, flattened. */
  List<EvalResult> evalResults();

  /** Returns the config's {@code architectures}. */
  @Value.Derived
  default List<String> architectures() {
    return Values.strings(config().get("architectures"));
  }

  /** Returns the config's {@code model_type}, which PeaTMOSS records as the framework. */
  @Value.Derived
  default Optional<String> modelType() {
    Object type = config().get("model_type");
    return type instanceof String text ? Optional.of(text) : Optional.empty();
  }

  /**
   * Returns this model as PeaTMOSS records it: {@code context_id} and {@code repo_url}, counts, authors,
   * licenses (card and {@code license:} tags), datasets (card and {@code dataset:} tags), arXiv papers,
   * languages, architectures and framework from the config, libraries, and the remaining plain tags with the
   * task.
   */
  default Model toModel() {
    return PeatmossMapping.toModel(this);
  }

  /**
   * Returns what the model's card adds to its PeaTMOSS row, as extracted metadata: evaluation results and base
   * models (from {@code card} when given, else from this info's card data, provenance {@code CARD_YAML}) and the
   * parameter count ({@code HUB_API}); empty when there is none of these.
   */
  default Optional<ExtractedMetadata> toExtractedMetadata(Optional<ModelCard> card) {
    return PeatmossMapping.extracted(this, card);
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link HfModelInfo} values; not thread-safe. */
  final class Builder extends ImmutableHfModelInfo.Builder {}
}

package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Metadata extracted from a model card and the hub, each value with provenance and evidence (PeaTMOSS R2). */
@Value.Immutable
@JsonSerialize(as = ImmutableExtractedMetadata.class)
@JsonDeserialize(as = ImmutableExtractedMetadata.class)
public interface ExtractedMetadata {

  /** Returns the model described. */
  ModelId model();

  /** Returns the number of parameters. */
  Optional<Extracted<Long>> parameterCount();

  /** Returns the training hardware. */
  List<Extracted<Hardware>> hardware();

  /** Returns the carbon emitted in training, in grams of CO2 equivalent. */
  Optional<Extracted<Double>> carbonEmittedGrams();

  /** Returns the hyper-parameters. */
  List<Extracted<HyperParameter>> hyperParameters();

  /** Returns the evaluation metrics. */
  List<Extracted<EvaluationMetric>> evaluationMetrics();

  /** Returns links to evaluation results. */
  List<Extracted<String>> evaluationLinks();

  /** Returns the base models. */
  List<Extracted<BaseModel>> baseModels();

  /** Returns demos: links or snippets showing how to use the model. */
  List<Extracted<String>> demos();

  /** Returns grants and sponsors. */
  List<Extracted<String>> grants();

  /** Returns input formats. */
  List<Extracted<String>> inputFormats();

  /** Returns output formats. */
  List<Extracted<String>> outputFormats();

  /** Returns short statements of limitations and biases. */
  List<Extracted<String>> limitations();

  /** Returns the training datasets. */
  List<Extracted<Dataset>> datasets();

  /** Returns the license as stated. */
  Optional<Extracted<String>> license();

  /** Returns the papers. */
  List<Extracted<Paper>> papers();

  /** Returns the GitHub repositories of the model code. */
  List<Extracted<RepoRef>> githubRepositories();

  /** Returns the domains, for example {@code natural-language-processing}. */
  List<Extracted<String>> domains();

  /** Returns the tasks, for example {@code text-classification}. */
  List<Extracted<String>> tasks();

  /** Returns the supported languages. */
  List<Extracted<String>> languages();

  /** Returns the frameworks. */
  List<Extracted<String>> frameworks();

  /** Returns the libraries. */
  List<Extracted<String>> libraries();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link ExtractedMetadata} values; not thread-safe. */
  final class Builder extends ImmutableExtractedMetadata.Builder {}
}

package io.github.peatmoss.llm;

import io.github.peatmoss.core.model.ExtractedMetadata;
import java.util.Optional;

/**
 * The metadata fields PeaTMOSS extracted from model cards (its {@code metaSchema.json}, plus the four it took from
 * hub tags), each with its camelCase name in the CLI's JSON vocabulary.
 */
public enum PeatmossField {
  /** The model's license ({@link ExtractedMetadata#license()}). */
  LICENSE("license", false),
  /** Training or fine-tuning datasets, not the base model's. */
  DATASETS("datasets", true),
  /** The upstream models it was fine-tuned from. */
  BASE_MODEL("baseModel", true),
  /** The number of parameters. */
  PARAMETER_COUNT("parameterCount", false),
  /** Training hardware with hours, cloud provider and region. */
  HARDWARE("hardware", true),
  /** Carbon emitted in training, in grams of CO2 equivalent. */
  CARBON_EMITTED("carbonEmitted", false),
  /** Training hyper-parameters. */
  HYPER_PARAMETERS("hyperParameters", true),
  /** Evaluation results (metric, dataset, result) or links to them. */
  EVALUATION("evaluation", true),
  /** Short statements of limitations and biases. */
  LIMITATION_AND_BIAS("limitationAndBias", true),
  /** Links, snippets or paragraphs showing how to use the model. */
  DEMO("demo", true),
  /** Grants and sponsors. */
  GRANT("grant", true),
  /** The input format. */
  INPUT_FORMAT("inputFormat", true),
  /** The output format. */
  OUTPUT_FORMAT("outputFormat", true),
  /** Supported natural languages. */
  LANGUAGE("language", true),
  /** The GitHub repository of the model's code. */
  GITHUB_REPO("githubRepo", true),
  /** Papers describing the model. */
  PAPER("paper", true),
  /** Domains, by PeaTMOSS's task-to-domain map. */
  DOMAIN("domain", true),
  /** Tasks (Hub pipeline tags). */
  TASK("task", true),
  /** Frameworks ({@code pytorch}, {@code tf}, {@code jax}). */
  FRAMEWORKS("frameworks", true),
  /** Libraries ({@code transformers}, {@code diffusers}, ...). */
  LIBRARIES("libraries", true);

  private final String jsonName;
  private final boolean multiValued;

  PeatmossField(String jsonName, boolean multiValued) {
    this.jsonName = jsonName;
    this.multiValued = multiValued;
  }

  /** Returns the field's key in JSON output, for example {@code baseModel}. */
  public String jsonName() {
    return jsonName;
  }

  /** Returns whether the field holds a list (JSON array) rather than one value (JSON object or null). */
  public boolean isMultiValued() {
    return multiValued;
  }

  /**
   * Returns whether a language model is ever asked for this field. Frameworks and libraries come from hub tags
   * alone, as in PeaTMOSS.
   */
  public boolean isAskable() {
    return this != FRAMEWORKS && this != LIBRARIES;
  }

  /** Returns whether {@code metadata} holds a value for this field. */
  public boolean isFilled(ExtractedMetadata m) {
    switch (this) {
      case LICENSE:
        return m.license().isPresent();
      case DATASETS:
        return !m.datasets().isEmpty();
      case BASE_MODEL:
        return !m.baseModels().isEmpty();
      case PARAMETER_COUNT:
        return m.parameterCount().isPresent();
      case HARDWARE:
        return !m.hardware().isEmpty();
      case CARBON_EMITTED:
        return m.carbonEmittedGrams().isPresent();
      case HYPER_PARAMETERS:
        return !m.hyperParameters().isEmpty();
      case EVALUATION:
        return !m.evaluationMetrics().isEmpty() || !m.evaluationLinks().isEmpty();
      case LIMITATION_AND_BIAS:
        return !m.limitations().isEmpty();
      case DEMO:
        return !m.demos().isEmpty();
      case GRANT:
        return !m.grants().isEmpty();
      case INPUT_FORMAT:
        return !m.inputFormats().isEmpty();
      case OUTPUT_FORMAT:
        return !m.outputFormats().isEmpty();
      case LANGUAGE:
        return !m.languages().isEmpty();
      case GITHUB_REPO:
        return !m.githubRepositories().isEmpty();
      case PAPER:
        return !m.papers().isEmpty();
      case DOMAIN:
        return !m.domains().isEmpty();
      case TASK:
        return !m.tasks().isEmpty();
      case FRAMEWORKS:
        return !m.frameworks().isEmpty();
      case LIBRARIES:
        return !m.libraries().isEmpty();
      default:
        throw new AssertionError(this);
    }
  }

  /** Returns the field named {@code name} in JSON ({@code baseModel}) or as a constant ({@code BASE_MODEL}). */
  public static Optional<PeatmossField> find(String name) {
    for (PeatmossField f : values()) {
      if (f.jsonName.equals(name) || f.name().equalsIgnoreCase(name.replace('-', '_'))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}

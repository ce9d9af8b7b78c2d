package io.github.peatmoss.hf;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peatmoss.core.model.EvaluationMetric;
import java.util.Optional;
import org.immutables.value.Value;

/** One metric of a model card's {@code model-index}, flattened with its task, dataset and source. */
@Value.Immutable
@JsonSerialize(as = ImmutableEvalResult.class)
public interface EvalResult {
  /** Returns the model name the {@code model-index} entry gives. */
  Optional<String> modelName();

  /** Returns the task id ({@code task.type}), for example {@code text-classification}. */
  String taskType();

  /** Returns the task's display name. */
  Optional<String> taskName();

  /** Returns the dataset id ({@code dataset.type}). */
  String datasetType();

  /** Returns the dataset's display name. */
  String datasetName();

  /** Returns the dataset configuration. */
  Optional<String> datasetConfig();

  /** Returns the dataset split. */
  Optional<String> datasetSplit();

  /** Returns the dataset revision. */
  Optional<String> datasetRevision();

  /** Returns the metric id ({@code metrics[].type}), for example {@code accuracy}. */
  String metricType();

  /** Returns the value as the card states it (a number, or text such as {@code 20.0 ± 1.2}). */
  String metricValue();

  /** Returns the metric's display name. */
  Optional<String> metricName();

  /** Returns whether the Hub verified the value. */
  Optional<Boolean> verified();

  /** Returns the name of the result's source, for example a leaderboard. */
  Optional<String> sourceName();

  /** Returns the URL of the result's source. */
  Optional<String> sourceUrl();

  /** Returns this result as a PeaTMOSS evaluation metric (test, dataset, result). */
  default EvaluationMetric toEvaluationMetric() {
    return EvaluationMetric.builder()
        .test(metricName().orElse(metricType()))
        .dataset(datasetName())
        .result(metricValue())
        .build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EvalResult} values; not thread-safe. */
  final class Builder extends ImmutableEvalResult.Builder {}
}

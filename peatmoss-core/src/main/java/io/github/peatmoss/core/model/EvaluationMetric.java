package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** An evaluation result: a metric on a dataset ({@code evaluation_metric}). */
@Value.Immutable
@JsonSerialize(as = ImmutableEvaluationMetric.class)
@JsonDeserialize(as = ImmutableEvaluationMetric.class)
public interface EvaluationMetric {

  /** Returns the test or metric, for example {@code accuracy}. */
  String test();

  /** Returns the dataset evaluated on. */
  Optional<String> dataset();

  /** Returns the result as written, for example {@code 0.91}. */
  String result();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link EvaluationMetric} values; not thread-safe. */
  final class Builder extends ImmutableEvaluationMetric.Builder {}
}

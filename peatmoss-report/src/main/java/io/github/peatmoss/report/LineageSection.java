package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** Base-model lineage (R2): the most fine-tuned base models and the depth of fine-tuning chains. */
@Value.Immutable
@JsonSerialize(as = ImmutableLineageSection.class)
public interface LineageSection extends ReportSection {
  @Override
  default Section section() {
    return Section.LINEAGE;
  }

  /** Returns the number of models that name a base model. */
  long models();

  /** Returns the number of distinct (model, base) links. */
  long links();

  /** Returns how many of those links point to a base that is a model of the database. */
  long linksInDataset();

  /** Returns the number of distinct base models. */
  long bases();

  /** Returns the most fine-tuned base models (count: models naming them), most first. */
  List<Count> mostFineTuned();

  /** Returns models per chain depth ({@code 1}: the base is not fine-tuned from anything known), ascending. */
  List<Count> chainDepth();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LineageSection} values; not thread-safe. */
  final class Builder extends ImmutableLineageSection.Builder {}
}

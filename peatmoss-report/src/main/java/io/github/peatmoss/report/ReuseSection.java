package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** Downstream repositories, model-to-repository links, the most reused PTMs and the links-per-PTM distribution. */
@Value.Immutable
@JsonSerialize(as = ImmutableReuseSection.class)
public interface ReuseSection extends ReportSection {
  @Override
  default Section section() {
    return Section.REUSE;
  }

  /** Returns the number of downstream repositories. */
  long repositories();

  /** Returns the number of downstream repositories with at least one link. */
  long linkedRepositories();

  /** Returns the number of model-to-repository links. */
  long links();

  /** Returns the number of models with at least one link. */
  long reusedModels();

  /** Returns the number of reuse files (files in downstream repositories where a model is loaded). */
  long reuseFiles();

  /** Returns links per hub of the reused model, most first. */
  List<HubReuse> byHub();

  /** Returns the most reused models, most repositories first. */
  List<ModelReuse> mostReused();

  /** Returns the exact distribution of links per reused model, by number of links ascending. */
  List<LinksBin> linksPerModel();

  /** Returns the same distribution in powers-of-two buckets ({@code 1}, {@code 2-3}, {@code 4-7}, ...). */
  List<Count> linksPerModelBuckets();

  /** Returns the median number of links of a reused model (0 without links). */
  double medianLinksPerModel();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReuseSection} values; not thread-safe. */
  final class Builder extends ImmutableReuseSection.Builder {}
}

package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** PTMs per domain and task (R2), and downstream repositories per domain of the PTMs they reuse. */
@Value.Immutable
@JsonSerialize(as = ImmutableDomainsSection.class)
public interface DomainsSection extends ReportSection {
  @Override
  default Section section() {
    return Section.DOMAINS;
  }

  /** Returns the number of models with at least one domain. */
  long models();

  /** Returns models per domain, most first; a model may have several domains. */
  List<Count> byDomain();

  /** Returns downstream repositories per domain of the models they reuse, most first. */
  List<Count> repositoriesByDomain();

  /** Returns the number of distinct tasks. */
  long distinctTasks();

  /** Returns the tasks with the most models, most first (percent of models with a domain). */
  List<Count> topTasks();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DomainsSection} values; not thread-safe. */
  final class Builder extends ImmutableDomainsSection.Builder {}
}

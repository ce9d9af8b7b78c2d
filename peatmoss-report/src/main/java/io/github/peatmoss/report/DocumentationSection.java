package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** Documentation completeness (R2): of the models with extracted metadata, the share with a value for each metadata field. */
@Value.Immutable
@JsonSerialize(as = ImmutableDocumentationSection.class)
public interface DocumentationSection extends ReportSection {
  @Override
  default Section section() {
    return Section.DOCUMENTATION;
  }

  /** Returns the denominator: models with a row in any table only R2 has (domain, task, base model, ...). */
  long models();

  /** Returns each metadata field (the paper's names) with the models that have a value, most complete first. */
  List<Count> fields();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DocumentationSection} values; not thread-safe. */
  final class Builder extends ImmutableDocumentationSection.Builder {}
}

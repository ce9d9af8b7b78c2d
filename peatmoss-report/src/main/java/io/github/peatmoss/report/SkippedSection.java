package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** An analysis the database cannot support, with the reason (usually: the schema lacks its tables). */
@Value.Immutable
@JsonSerialize(as = ImmutableSkippedSection.class)
public interface SkippedSection extends ReportSection {
  /** Returns the analysis that was skipped. */
  @Override
  Section section();

  /** Returns which schema generation the analysis needs ({@code R1} or {@code R2}). */
  String requires();

  /** Returns why it was skipped, for people. */
  String skipped();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SkippedSection} values; not thread-safe. */
  final class Builder extends ImmutableSkippedSection.Builder {}
}

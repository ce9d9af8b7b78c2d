package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** New PTMs per month and domain: a model is counted in the month of its oldest recorded commit. */
@Value.Immutable
@JsonSerialize(as = ImmutableMonthlySection.class)
public interface MonthlySection extends ReportSection {
  @Override
  default Section section() {
    return Section.MONTHLY;
  }

  /** Returns the number of models with a dated oldest commit. */
  long datedModels();

  /** Returns what the series split by: {@code domain} (R2), or {@code none} for files without domains. */
  String breakdown();

  /** Returns the months, {@code YYYY-MM}, ascending and without gaps. */
  List<String> months();

  /** Returns one series per domain (or one named {@code all}), largest total first. */
  List<Series> series();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MonthlySection} values; not thread-safe. */
  final class Builder extends ImmutableMonthlySection.Builder {}
}

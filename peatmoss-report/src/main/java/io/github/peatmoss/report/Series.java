package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** One named monthly series of counts, aligned with {@link MonthlySection#months()}. */
@Value.Immutable
@JsonSerialize(as = ImmutableSeries.class)
public interface Series {
  /** Returns the series name (a domain, {@code unclassified}, or {@code all}). */
  String name();

  /** Returns one count per month, in the order of the months. */
  List<Long> counts();

  /** Returns the sum of the counts. */
  long total();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Series} values; not thread-safe. */
  final class Builder extends ImmutableSeries.Builder {}
}
